// Title: Topic clusters
// Description: The topic clusters, largest first: label, size, top terms, the papers that lie most
//   in each cluster (ids and titles) and the arXiv categories that dominate it.
// Parameters:
//   limit      how many clusters to list
//   topPapers  how many papers to show per cluster (at most 10)
// In Neo4j Browser, set the parameters first:
// :param limit => 20
// :param topPapers => 3
// The papers, top papers and categories are those of the clustering: it stores them on each cluster, so that
// the report does not read every paper's shares (they are computed here for clusters written before).
MATCH (c:Cluster)
WITH c
ORDER BY c.size DESC, c.id
LIMIT $limit
CALL (c) {
  WITH c WHERE c.papers IS NULL
  MATCH (p:Paper)-[s:IN_CLUSTER]->(c)
  WITH p, s
  ORDER BY s.share DESC, p.arxivId
  RETURN count(p) AS livePapers, collect(p.arxivId)[0..$topPapers] AS liveTopPapers
}
CALL (c) {
  WITH c WHERE c.categories IS NULL
  MATCH (p:Paper)-[s:IN_CLUSTER]->(c)
  MATCH (p)-[:IN_CATEGORY]->(cat)
  WITH cat.code AS code, sum(s.share) AS weight
  ORDER BY weight DESC, code
  RETURN collect(code)[0..3] AS liveCategories
}
WITH c, livePapers, liveCategories,
     CASE WHEN c.topPapers IS NOT NULL THEN c.topPapers[0..$topPapers] ELSE liveTopPapers END AS topPapers
RETURN c.id AS cluster, c.label AS label, c.labelZh AS labelZh, c.size AS terms,
       CASE WHEN c.papers IS NOT NULL THEN c.papers ELSE livePapers END AS papers,
       c.topTerms[0..5] AS topTerms,
       topPapers,
       [id IN topPapers | COLLECT { MATCH (p:Paper {arxivId: id}) RETURN p.title }[0]] AS topPaperTitles,
       CASE WHEN c.categories IS NOT NULL THEN c.categories ELSE liveCategories END AS categories,
       c.small AS small
ORDER BY terms DESC, cluster
