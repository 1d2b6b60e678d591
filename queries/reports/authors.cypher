// Title: Prolific authors
// Description: The authors with the most papers, how many co-authors they have, their most frequent
//   co-authors and their main topic clusters.
// Parameters:
//   limit  how many authors to list
// In Neo4j Browser, set the parameters first:
// :param limit => 20
// WROTE always ends at a Paper: the count is the author's degree, read without expanding
MATCH (a:Author)
WITH a, COUNT { (a)-[:WROTE]->() } AS papers
WHERE papers > 0
ORDER BY papers DESC, a.name
LIMIT $limit
CALL (a) {
  OPTIONAL MATCH (a)-[:WROTE]->(:Paper)<-[:WROTE]-(co:Author)
  WITH co, count(*) AS together
  WHERE co IS NOT NULL
  WITH co, together
  ORDER BY together DESC, co.name
  RETURN count(co) AS coauthors, collect(co.name)[0..3] AS topCoauthors
}
CALL (a) {
  OPTIONAL MATCH (a)-[:WROTE]->(:Paper)-[s:IN_CLUSTER]->(c:Cluster)
  WITH c, sum(s.share) AS weight
  WHERE c IS NOT NULL
  WITH c, weight
  ORDER BY weight DESC, c.id
  RETURN collect(c.label)[0..2] AS topics
}
RETURN a.name AS author, papers, coauthors, topCoauthors, topics
ORDER BY papers DESC, author
