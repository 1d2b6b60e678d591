// Title: A cluster as a graph
// Description: One topic cluster with its terms, their co-occurrences inside the cluster and the papers
//   that lie mostly in it, drawn as a graph (use it in Neo4j Browser with the Papergraph style).
// Parameters:
//   cluster   (required) cluster id, or part of its label
//   minShare  papers must have at least this topic share to be drawn
// :param cluster => 'attention'
// :param minShare => 0.5
MATCH (c:Cluster)
WHERE c.id = $cluster OR toLower(c.label) CONTAINS toLower($cluster)
WITH c
ORDER BY CASE WHEN c.id = $cluster THEN 0 ELSE 1 END, c.size DESC, c.id
LIMIT 1
MATCH (t:Term)-[m:IN_CLUSTER]->(c)
OPTIONAL MATCH (t)-[r:CO_OCCURS]->(u:Term)-[:IN_CLUSTER]->(c)
OPTIONAL MATCH (p:Paper)-[s:IN_CLUSTER]->(c)
WHERE s.share >= $minShare
RETURN c, m, t, r, u, s, p
