// Rows: [paper element id, category element id, primary].
UNWIND $rows AS r
MATCH (p) WHERE elementId(p) = r[0]
MATCH (c) WHERE elementId(c) = r[1]
CREATE (p)-[:IN_CATEGORY {primary: r[2]}]->(c)
