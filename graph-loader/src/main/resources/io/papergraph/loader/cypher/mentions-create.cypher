// Mentions the graph does not hold yet (the loader read every stored mention before).
UNWIND $rows AS r
MATCH (p:Paper {arxivId: r.paper})
MATCH (t:Term {key: r.term})
CREATE (p)-[:MENTIONS {count: r.count, inTitle: r.inTitle, weight: r.weight, forms: r.forms}]->(t)
