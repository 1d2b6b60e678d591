// Key and element id of the given papers.
UNWIND $rows AS key
MATCH (n:Paper {arxivId: key})
RETURN key, elementId(n) AS id
