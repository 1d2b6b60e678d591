// Key and element id of every node the benchmark made.
MATCH (n)
WHERE n:ShapePaper OR n:ShapeTerm
RETURN n.key AS key, elementId(n) AS id
