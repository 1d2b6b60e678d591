// Title: Similar papers
// Description: The papers most similar to a given paper: cosine similarity of their weighted term
//   mentions, with the shared terms that weigh most.
// Parameters:
//   arxivId  (required) the paper's arXiv id
//   limit    how many papers to list
// In Neo4j Browser, set the parameters first:
// :param arxivId => '2511.05518'
// :param limit => 10
MATCH (p:Paper {arxivId: $arxivId})
CALL (p) {
  MATCH (p)-[m:MENTIONS]->(:Term)
  RETURN sqrt(sum(m.weight * m.weight)) AS norm
}
MATCH (p)-[m1:MENTIONS]->(t:Term)<-[m2:MENTIONS]-(other:Paper)
WHERE other <> p
WITH p, norm, other, t, m1.weight * m2.weight AS product
ORDER BY product DESC, t.key
WITH p, norm, other, sum(product) AS dot, collect(t.name) AS shared
CALL (other) {
  MATCH (other)-[m:MENTIONS]->(:Term)
  RETURN sqrt(sum(m.weight * m.weight)) AS otherNorm
}
RETURN other.arxivId AS arxivId, other.title AS title, round(dot / (norm * otherNorm), 3) AS similarity,
       shared[0..5] AS sharedTerms
ORDER BY similarity DESC, arxivId
LIMIT $limit
