// Values of the reports' required parameters that name something the graph holds: the most mentioned
// term, the most prolific author, the largest cluster and the first paper (for ReportBenchmark and
// papergraph bench reports). Each is null when the graph has none.
CALL () {
  MATCH (t:Term)
  WITH t
  ORDER BY t.df DESC, t.key
  LIMIT 1
  RETURN collect(t.key)[0] AS term
}
CALL () {
  MATCH (a:Author)-[:WROTE]->(p:Paper)
  WITH a, count(p) AS papers
  ORDER BY papers DESC, a.name
  LIMIT 1
  RETURN collect(a.name)[0] AS author
}
CALL () {
  MATCH (c:Cluster)
  WITH c
  ORDER BY c.size DESC, c.id
  LIMIT 1
  RETURN collect(c.id)[0] AS cluster
}
CALL () {
  MATCH (p:Paper)
  WITH p
  ORDER BY p.arxivId
  LIMIT 1
  RETURN collect(p.arxivId)[0] AS arxivId
}
RETURN term, author, cluster, arxivId
