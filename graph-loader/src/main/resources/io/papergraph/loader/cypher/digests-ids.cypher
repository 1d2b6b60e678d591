// Key and element id of every Digest node (asked on an empty database after its nodes are created).
MATCH (n:Digest)
RETURN n.file AS key, elementId(n) AS id
