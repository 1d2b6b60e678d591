// Rows: [paper element id, term element id, count, inTitle, weight, forms]; the first form as a string.
UNWIND $rows AS r
MATCH (p) WHERE elementId(p) = r[0]
MATCH (t) WHERE elementId(t) = r[1]
CREATE (p)-[:SHAPE_MENTIONS {count: r[2], inTitle: r[3], weight: r[4], form: r[5][0]}]->(t)
