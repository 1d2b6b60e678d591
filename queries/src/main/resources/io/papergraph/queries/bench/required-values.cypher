// Values of the reports' required parameters that name something the graph holds: the most mentioned
// term, the most prolific author, the largest cluster and the first paper (for ReportBenchmark).
CALL () {
  MATCH (t:Term)
  RETURN t.key AS term
  ORDER BY t.df DESC, t.key
  LIMIT 1
}
CALL () {
  MATCH (a:Author)-[:WROTE]->(p:Paper)
  WITH a, count(p) AS papers
  RETURN a.name AS author
  ORDER BY papers DESC, author
  LIMIT 1
}
CALL () {
  MATCH (c:Cluster)
  RETURN c.id AS cluster
  ORDER BY c.size DESC, c.id
  LIMIT 1
}
CALL () {
  MATCH (p:Paper)
  RETURN p.arxivId AS arxivId
  ORDER BY arxivId
  LIMIT 1
}
RETURN term, author, cluster, arxivId
