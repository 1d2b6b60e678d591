// Key and element id of every Author node (asked on an empty database after its nodes are created).
MATCH (n:Author)
RETURN n.key AS key, elementId(n) AS id
