// Key and element id of every Category node (asked on an empty database after its nodes are created).
MATCH (n:Category)
RETURN n.code AS key, elementId(n) AS id
