// Title: Topic clusters
// Description: The topic clusters, largest first: label, size, top terms, the papers that lie most
//   in each cluster and the arXiv categories that dominate it.
// Parameters:
//   limit      how many clusters to list
//   topPapers  how many papers to show per cluster
// In Neo4j Browser, set the parameters first:
// :param limit => 20
// :param topPapers => 3
MATCH (c:Cluster)
WITH c
ORDER BY c.size DESC, c.id
LIMIT $limit
CALL (c) {
  OPTIONAL MATCH (p:Paper)-[s:IN_CLUSTER]->(c)
  WITH p, s
  ORDER BY s.share DESC, p.arxivId
  RETURN count(p) AS papers, collect(p.arxivId)[0..$topPapers] AS topPapers
}
CALL (c) {
  OPTIONAL MATCH (p:Paper)-[s:IN_CLUSTER]->(c)
  OPTIONAL MATCH (p)-[:IN_CATEGORY]->(cat)
  WITH cat, sum(s.share) AS weight
  WHERE cat IS NOT NULL
  WITH cat, weight
  ORDER BY weight DESC, cat.code
  RETURN collect(cat.code)[0..3] AS categories
}
RETURN c.id AS cluster, c.label AS label, c.labelZh AS labelZh, c.size AS terms, papers,
       c.topTerms[0..5] AS topTerms, topPapers, categories, c.small AS small
