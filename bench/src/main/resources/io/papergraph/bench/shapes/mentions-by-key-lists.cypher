// Rows: [paper key, term key, count, inTitle, weight, forms]; ends found by unique-index seeks.
UNWIND $rows AS r
MATCH (p:ShapePaper {key: r[0]})
MATCH (t:ShapeTerm {key: r[1]})
CREATE (p)-[:SHAPE_MENTIONS {count: r[2], inTitle: r[3], weight: r[4], forms: r[5]}]->(t)
