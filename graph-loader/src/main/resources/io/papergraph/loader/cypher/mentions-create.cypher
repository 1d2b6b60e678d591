UNWIND $rows AS r
MATCH (p:Paper {arxivId: r.paper})
MATCH (t:Term {key: r.term})
CREATE (p)-[:MENTIONS {count: r.count, inTitle: r.inTitle, weight: r.weight}]->(t)
