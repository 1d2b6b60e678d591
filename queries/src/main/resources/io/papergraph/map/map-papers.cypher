// The $papersPerTerm papers that weigh each of the terms $keys most (ties by arXiv id). Only the ordering reads every
// mention of a term; titles are read for the papers kept.
UNWIND $keys AS key
MATCH (t:Term {key: key})
CALL (t) {
  MATCH (p:Paper)-[m:MENTIONS]->(t)
  WITH p, coalesce(m.weight, 0.0) AS weight
  ORDER BY weight DESC, p.arxivId
  LIMIT $papersPerTerm
  RETURN collect({arxivId: p.arxivId, title: p.title}) AS papers
}
RETURN key, papers
