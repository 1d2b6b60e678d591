// Key and element id of every Paper node (asked on an empty database after its nodes are created).
MATCH (n:Paper)
RETURN n.arxivId AS key, elementId(n) AS id
