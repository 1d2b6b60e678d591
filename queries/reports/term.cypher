// Title: One term and its neighbourhood
// Description: A term found by key, name, alias, acronym or Chinese name: its aliases and Chinese
//   names, cluster, first and last digest dates, the terms it co-occurs with, its papers and categories.
// Parameters:
//   term   (required) the term: key, name, alias, acronym or Chinese name
//   limit  rows per section (co-occurring terms, papers, categories)
// In Neo4j Browser, set the parameters first:
// :param term => 'LLM'
// :param limit => 10
MATCH (t:Term)
WHERE t.key = toLower($term) OR toLower(t.name) = toLower($term) OR t.acronym = $term
   OR any(a IN coalesce(t.aliases, []) WHERE toLower(a) = toLower($term))
   OR $term IN coalesce(t.namesZh, [])
WITH t
ORDER BY CASE WHEN t.key = toLower($term) THEN 0 ELSE 1 END, t.df DESC, t.key
LIMIT 1
CALL (t) {
  RETURN 'term' AS kind, t.name AS value, toFloat(t.df) AS weight, 'key: ' + t.key AS detail
  UNION ALL
  UNWIND coalesce(t.aliases, []) AS alias
  RETURN 'alias' AS kind, alias AS value, null AS weight, '' AS detail
  UNION ALL
  UNWIND coalesce(t.namesZh, []) AS nameZh
  RETURN 'chinese' AS kind, nameZh AS value, null AS weight, '' AS detail
  UNION ALL
  MATCH (t)-[m:IN_CLUSTER]->(c:Cluster)
  RETURN 'cluster' AS kind, c.id AS value, toFloat(m.weight) AS weight, c.label AS detail
  UNION ALL
  MATCH (t)<-[:MENTIONS]-(:Paper)<-[:LISTS]-(d:Digest)
  WITH min(d.date) AS first, max(d.date) AS last
  WHERE first IS NOT NULL
  UNWIND [['first seen', first], ['last seen', last]] AS seen
  RETURN seen[0] AS kind, toString(seen[1]) AS value, null AS weight, '' AS detail
  UNION ALL
  MATCH (t)-[r:CO_OCCURS]-(u:Term)
  WITH u, r
  ORDER BY r.papers DESC, r.strength DESC, u.key
  LIMIT $limit
  RETURN 'co-occurs' AS kind, u.name AS value, toFloat(r.papers) AS weight,
         'strength ' + toString(round(r.strength, 3)) AS detail
  UNION ALL
  MATCH (t)<-[m:MENTIONS]-(p:Paper)
  WITH p, m
  ORDER BY m.weight DESC, p.arxivId
  LIMIT $limit
  RETURN 'paper' AS kind, p.arxivId AS value, toFloat(m.weight) AS weight, p.title AS detail
  UNION ALL
  MATCH (t)<-[:MENTIONS]-(:Paper)-[:IN_CATEGORY]->(cat:Category)
  WITH cat, count(*) AS papers
  ORDER BY papers DESC, cat.code
  LIMIT $limit
  RETURN 'category' AS kind, cat.code AS value, toFloat(papers) AS weight, coalesce(cat.name, '') AS detail
}
RETURN kind, value, round(weight, 3) AS weight, detail
