// The stored co-occurrences from the given terms (the term with the smaller key), with their element ids, so that
// changes are written by id.
UNWIND $rows AS key
MATCH (a:Term {key: key})-[c:CO_OCCURS]->(b:Term)
RETURN elementId(c) AS id, key AS a, b.key AS b, c.papers AS papers, c.strength AS strength
