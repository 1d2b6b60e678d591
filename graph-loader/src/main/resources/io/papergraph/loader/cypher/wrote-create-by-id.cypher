// Rows: [author element id, paper element id, position].
UNWIND $rows AS r
MATCH (a) WHERE elementId(a) = r[0]
MATCH (p) WHERE elementId(p) = r[1]
CREATE (a)-[:WROTE {position: r[2]}]->(p)
