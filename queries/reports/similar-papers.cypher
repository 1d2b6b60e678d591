// Title: Similar papers
// Description: The papers most similar to a given paper: cosine similarity of their weighted term
//   mentions, with the shared terms that weigh most. Shared terms that more than maxTermPapers papers
//   mention do not count: they are too common to tell papers apart.
// Parameters:
//   arxivId        (required) the paper's arXiv id
//   limit          how many papers to list
//   maxTermPapers  a shared term counts only when at most this many papers mention it
// In Neo4j Browser, set the parameters first:
// :param arxivId => '2511.05518'
// :param limit => 10
// :param maxTermPapers => 5000
// MENTIONS runs from a paper to a term: no label checks. A paper's norm is stored by the loader
// (mentionNorm; computed here for papers loaded before it was), so that the papers sharing a term are not
// expanded again. The time goes into reading the mentions of every paper that shares a term: on a year of
// papers the commonest terms have tens of thousands each, hence maxTermPapers. A term's papers are its degree.
// The shared terms are sorted for the listed papers only.
MATCH (p:Paper {arxivId: $arxivId})
WITH p, CASE WHEN p.mentionNorm IS NOT NULL THEN p.mentionNorm
             ELSE sqrt(reduce(s = 0.0, w IN [(p)-[m:MENTIONS]->() | m.weight] | s + w * w)) END AS norm
MATCH (p)-[m1:MENTIONS]->(t)
WHERE COUNT { (t)<-[:MENTIONS]-() } <= $maxTermPapers
WITH p, norm, t, m1.weight AS w1
MATCH (t)<-[m2:MENTIONS]-(other)
WHERE other <> p
WITH p, norm, other, sum(w1 * m2.weight) AS dot
WITH p, norm, other, dot,
     CASE WHEN other.mentionNorm IS NOT NULL THEN other.mentionNorm
          ELSE sqrt(reduce(s = 0.0, w IN [(other)-[m:MENTIONS]->() | m.weight] | s + w * w)) END AS otherNorm
WITH p, other, round(dot / (norm * otherNorm), 3) AS similarity
ORDER BY similarity DESC, other.arxivId
LIMIT $limit
CALL (p, other) {
  MATCH (p)-[m1:MENTIONS]->(t)<-[m2:MENTIONS]-(other)
  WHERE COUNT { (t)<-[:MENTIONS]-() } <= $maxTermPapers
  WITH t, m1.weight * m2.weight AS product
  ORDER BY product DESC, t.key
  RETURN collect(t.name)[0..5] AS sharedTerms
}
RETURN other.arxivId AS arxivId, other.title AS title, similarity, sharedTerms
ORDER BY similarity DESC, arxivId
