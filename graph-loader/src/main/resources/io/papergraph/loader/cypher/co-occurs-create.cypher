UNWIND $rows AS r
MATCH (a:Term {key: r.a})
MATCH (b:Term {key: r.b})
CREATE (a)-[:CO_OCCURS {papers: r.papers, strength: r.strength}]->(b)
