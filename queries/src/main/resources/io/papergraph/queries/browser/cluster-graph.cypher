// Title: A cluster as a graph
// Description: One topic cluster with its terms, their co-occurrences inside the cluster and the papers
//   that lie mostly in it, drawn as a graph (use it in Neo4j Browser with the Papergraph style).
//   One row per term, per co-occurrence and per paper, so a large cluster does not multiply rows.
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
CALL (c) {
  MATCH (t:Term)-[m:IN_CLUSTER]->(c)
  RETURN m, t, null AS r, null AS u, null AS s, null AS p
  UNION ALL
  MATCH (t:Term)-[:IN_CLUSTER]->(c)
  MATCH (t)-[r:CO_OCCURS]->(u:Term)-[:IN_CLUSTER]->(c)
  RETURN null AS m, t, r, u, null AS s, null AS p
  UNION ALL
  MATCH (p:Paper)-[s:IN_CLUSTER]->(c)
  WHERE s.share >= $minShare
  RETURN null AS m, null AS t, null AS r, null AS u, s, p
}
RETURN c, m, t, r, u, s, p
