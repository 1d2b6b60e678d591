// Rows: {paper, term, count, inTitle, weight, forms}; ends found by unique-index seeks.
UNWIND $rows AS r
MATCH (p:ShapePaper {key: r.paper})
MATCH (t:ShapeTerm {key: r.term})
CREATE (p)-[:SHAPE_MENTIONS {count: r.count, inTitle: r.inTitle, weight: r.weight, forms: r.forms}]->(t)
