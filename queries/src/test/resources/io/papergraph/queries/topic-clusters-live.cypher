// Title: Topic clusters
// Description: The topic clusters, largest first: label, size, top terms, the papers that lie most
//   in each cluster and the arXiv categories that dominate it.
// Parameters:
//   limit      how many clusters to list
//   topPapers  how many papers to show per cluster
// In Neo4j Browser, set the parameters first:
// :param limit => 20
// :param topPapers => 3
// Test oracle: the report computed from every paper share, as it was before clusters stored their papers,
// top papers and categories; SampleCorpusReportsIT compares the packaged report with it.
MATCH (c:Cluster)
WITH c
ORDER BY c.size DESC, c.id
LIMIT $limit
WITH collect(c) AS clusters
// dominant categories: each paper of the listed clusters is read once, with all its memberships, and its
// categories once (not once per cluster it belongs to)
CALL (clusters) {
  UNWIND clusters AS c
  MATCH (p:Paper)-[s:IN_CLUSTER]->(c)
  WITH p, collect({cluster: c, share: s.share}) AS memberships
  MATCH (p)-[:IN_CATEGORY]->(cat)
  WITH memberships, collect(cat.code) AS codes
  UNWIND memberships AS m
  UNWIND codes AS code
  WITH m.cluster AS c, code, sum(m.share) AS weight
  ORDER BY weight DESC, code
  WITH c, collect(code)[0..3] AS categories
  RETURN collect({cluster: c, categories: categories}) AS categoriesByCluster
}
UNWIND clusters AS c
CALL (c) {
  OPTIONAL MATCH (p:Paper)-[s:IN_CLUSTER]->(c)
  WITH p, s
  ORDER BY s.share DESC, p.arxivId
  RETURN count(p) AS papers, collect(p.arxivId)[0..$topPapers] AS topPapers
}
WITH c, papers, topPapers, head([x IN categoriesByCluster WHERE x.cluster = c | x.categories]) AS categories
RETURN c.id AS cluster, c.label AS label, c.labelZh AS labelZh, c.size AS terms, papers,
       c.topTerms[0..5] AS topTerms, topPapers,
       [id IN topPapers | COLLECT { MATCH (p:Paper {arxivId: id}) RETURN p.title }[0]] AS topPaperTitles,
       coalesce(categories, []) AS categories, c.small AS small
ORDER BY terms DESC, cluster
