// Key and element id of every Tag node (asked on an empty database after its nodes are created).
MATCH (n:Tag)
RETURN n.key AS key, elementId(n) AS id
