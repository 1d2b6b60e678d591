// Title: What one digest contributed
// Description: The papers a digest lists (in its order) and the terms it brought in for the first
//   time (no paper listed before the digest's date mentions them). The digest is picked by file name or
//   date; 'latest' picks the newest dated one. Each row shows the digest's date. A digest without a date
//   shows null there, and its new terms are those no other digest lists a paper for.
// Parameters:
//   digest  digest file name, date (YYYY-MM-DD) or 'latest'
//   limit   how many papers and how many new terms to list
// In Neo4j Browser, set the parameters first:
// :param digest => 'latest'
// :param limit => 50
MATCH (d:Digest)
WHERE $digest = 'latest' OR d.file = $digest OR toString(d.date) = $digest
WITH d
ORDER BY d.date IS NULL, d.date DESC, d.file DESC
LIMIT 1
CALL (d) {
  MATCH (d)-[l:LISTS]->(p:Paper)
  WITH l, p
  ORDER BY l.rank, p.arxivId
  LIMIT $limit
  RETURN 'paper' AS kind, p.arxivId AS id, p.title AS name
  UNION ALL
  WITH d
  WHERE d.date IS NOT NULL
  MATCH (d)-[:LISTS]->(:Paper)-[:MENTIONS]->(t:Term)
  WITH DISTINCT d, t
  WHERE NOT EXISTS {
    MATCH (t)<-[:MENTIONS]-(:Paper)<-[:LISTS]-(earlier:Digest)
    WHERE earlier.date < d.date
  }
  WITH t
  ORDER BY t.df DESC, t.key
  LIMIT $limit
  RETURN 'new term' AS kind, t.key AS id, t.name AS name
  UNION ALL
  // a digest without a date: the terms no other digest lists a paper for
  WITH d
  WHERE d.date IS NULL
  MATCH (d)-[:LISTS]->(:Paper)-[:MENTIONS]->(t:Term)
  WITH DISTINCT d, t
  WHERE NOT EXISTS {
    MATCH (t)<-[:MENTIONS]-(:Paper)<-[:LISTS]-(other:Digest)
    WHERE other <> d
  }
  WITH t
  ORDER BY t.df DESC, t.key
  LIMIT $limit
  RETURN 'new term' AS kind, t.key AS id, t.name AS name
}
RETURN toString(d.date) AS date, kind, id, name
