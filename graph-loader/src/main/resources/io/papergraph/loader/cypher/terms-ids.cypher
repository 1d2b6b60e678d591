// Key and element id of every Term node (asked on an empty database after its nodes are created).
MATCH (n:Term)
RETURN n.key AS key, elementId(n) AS id
