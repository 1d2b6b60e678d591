// Rows: [element id of the term with the smaller key, of the other term, papers, strength].
UNWIND $rows AS r
MATCH (a) WHERE elementId(a) = r[0]
MATCH (b) WHERE elementId(b) = r[1]
CREATE (a)-[:CO_OCCURS {papers: r[2], strength: r[3]}]->(b)
