UNWIND $rows AS r
MATCH (a:Term {key: r.a})
MATCH (b:Term {key: r.b})
MERGE (a)-[c:CO_OCCURS]->(b)
SET c.papers = r.papers, c.strength = r.strength
