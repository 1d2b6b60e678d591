// The clustered terms of a topic map: the $maxTerms mentioned by most papers (ties by key), each with its
// cluster and the $papersPerTerm papers that weigh it most (ties by arXiv id).
MATCH (t:Term)-[:IN_CLUSTER]->(c:Cluster)
WITH t, c
ORDER BY coalesce(t.df, 0) DESC, t.key
LIMIT $maxTerms
CALL (t) {
  MATCH (p:Paper)-[m:MENTIONS]->(t)
  WITH p, m
  ORDER BY coalesce(m.weight, 0.0) DESC, p.arxivId
  LIMIT $papersPerTerm
  RETURN collect({arxivId: p.arxivId, title: p.title}) AS papers
}
RETURN t.key AS key, t.name AS name, coalesce(t.namesZh, []) AS namesZh, coalesce(t.df, 0) AS papers, c.id AS cluster,
       papers AS topPapers
