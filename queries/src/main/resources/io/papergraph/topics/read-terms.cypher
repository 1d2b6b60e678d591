// Terms with the names a cluster label is made of.
MATCH (t:Term)
RETURN t.key AS key, t.name AS name, coalesce(t.namesZh, []) AS namesZh
