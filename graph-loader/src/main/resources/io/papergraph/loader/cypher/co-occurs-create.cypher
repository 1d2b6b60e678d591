// Rows: [element id of the term with the smaller key, of the other term, papers, strength]. Returns the element id of
// each relationship created with the number of its row in the batch, so that the next load can update or remove it
// by id without reading it back.
UNWIND range(0, size($rows) - 1) AS row
WITH row, $rows[row] AS r
MATCH (a) WHERE elementId(a) = r[0]
MATCH (b) WHERE elementId(b) = r[1]
CREATE (a)-[c:CO_OCCURS {papers: r[2], strength: r[3]}]->(b)
RETURN row, elementId(c) AS id
