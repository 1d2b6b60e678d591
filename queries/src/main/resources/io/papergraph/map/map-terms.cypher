// The clustered terms of a topic map: the $maxTerms mentioned by most papers (ties by key), each with its cluster.
// Their top papers are read by map-papers.cypher, in parts read side by side.
MATCH (t:Term)-[:IN_CLUSTER]->(c:Cluster)
WITH t, c
ORDER BY coalesce(t.df, 0) DESC, t.key
LIMIT $maxTerms
RETURN t.key AS key, t.name AS name, coalesce(t.namesZh, []) AS namesZh, coalesce(t.df, 0) AS papers, c.id AS cluster
