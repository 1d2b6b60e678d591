UNWIND $rows AS r
MATCH (p:Paper {arxivId: r.paper})
MATCH (t:Tag {key: r.tag})
CREATE (p)-[:TAGGED]->(t)
