// Key and element id of the given terms (those a load created, when the others' ids are kept).
UNWIND $rows AS key
MATCH (n:Term {key: key})
RETURN key, elementId(n) AS id
