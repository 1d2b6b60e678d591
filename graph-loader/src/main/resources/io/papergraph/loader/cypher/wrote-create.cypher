UNWIND $rows AS r
MATCH (a:Author {key: r.author})
MATCH (p:Paper {arxivId: r.paper})
CREATE (a)-[:WROTE {position: r.position}]->(p)
