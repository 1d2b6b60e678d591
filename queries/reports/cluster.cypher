// Title: One cluster in depth
// Description: A topic cluster's terms with their membership weights, its papers by share, its authors
//   and the neighbouring clusters it shares co-occurrences with. The cluster is found by id, or by a
//   part of its English or Chinese label.
// Parameters:
//   cluster  (required) cluster id, or part of its label
//   limit    rows per section (terms, papers, authors, neighbours)
// In Neo4j Browser, set the parameters first:
// :param cluster => 'attention'
// :param limit => 10
MATCH (c:Cluster)
WHERE c.id = $cluster OR toLower(c.label) CONTAINS toLower($cluster) OR c.labelZh CONTAINS $cluster
WITH c
ORDER BY CASE WHEN c.id = $cluster THEN 0 ELSE 1 END, c.size DESC, c.id
LIMIT 1
CALL (c) {
  MATCH (t:Term)-[m:IN_CLUSTER]->(c)
  WITH t, m
  ORDER BY m.weight DESC, t.key
  LIMIT $limit
  RETURN 'term' AS kind, t.name AS name, toFloat(m.weight) AS weight, coalesce(t.namesZh[0], '') AS detail
  UNION ALL
  MATCH (p:Paper)-[s:IN_CLUSTER]->(c)
  WITH p, s
  ORDER BY s.share DESC, p.arxivId
  LIMIT $limit
  RETURN 'paper' AS kind, p.arxivId AS name, toFloat(s.share) AS weight, p.title AS detail
  UNION ALL
  MATCH (a:Author)-[:WROTE]->(p:Paper)-[s:IN_CLUSTER]->(c)
  WITH a, sum(s.share) AS weight, count(p) AS papers
  ORDER BY weight DESC, a.name
  LIMIT $limit
  RETURN 'author' AS kind, a.name AS name, toFloat(weight) AS weight, toString(papers) + ' papers' AS detail
  UNION ALL
  MATCH (c)<-[:IN_CLUSTER]-(:Term)-[r:CO_OCCURS]-()-[:IN_CLUSTER]->(o:Cluster)
  WHERE o <> c
  WITH o, sum(r.papers) AS weight
  ORDER BY weight DESC, o.id
  LIMIT $limit
  RETURN 'neighbour' AS kind, o.id AS name, toFloat(weight) AS weight, o.label AS detail
}
RETURN c.id AS cluster, kind, name, round(weight, 3) AS weight, detail
