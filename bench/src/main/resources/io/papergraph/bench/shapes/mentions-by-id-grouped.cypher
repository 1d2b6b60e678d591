// Rows: [paper element id, [[term element id, count, inTitle, weight, forms], ...]]: one paper look-up per paper.
UNWIND $rows AS r
MATCH (p) WHERE elementId(p) = r[0]
UNWIND r[1] AS m
MATCH (t) WHERE elementId(t) = m[0]
CREATE (p)-[:SHAPE_MENTIONS {count: m[1], inTitle: m[2], weight: m[3], forms: m[4]}]->(t)
