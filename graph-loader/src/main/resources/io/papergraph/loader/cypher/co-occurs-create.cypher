// Rows: [element id of the term with the smaller key, of the other term, papers, strength]. Returns the element id of
// each relationship created, so that the next load can update or remove it by id without reading it back.
UNWIND $rows AS r
MATCH (a) WHERE elementId(a) = r[0]
MATCH (b) WHERE elementId(b) = r[1]
CREATE (a)-[c:CO_OCCURS {papers: r[2], strength: r[3]}]->(b)
RETURN r[0] AS a, r[1] AS b, elementId(c) AS id, r[2] AS papers, r[3] AS strength
