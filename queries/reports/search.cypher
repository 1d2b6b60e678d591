// Title: Full-text search
// Description: Papers (title, abstract, Chinese summaries) and terms (name, aliases, acronym,
//   Chinese names) matching a query in English or Chinese, best first. The query uses Lucene syntax:
//   words, "quoted phrases", AND/OR, trailing * for prefixes.
// Parameters:
//   query  (required) what to search for
//   limit  how many hits to list
// In Neo4j Browser, set the parameters first:
// :param query => 'attention'
// :param limit => 10
CALL () {
  CALL db.index.fulltext.queryNodes('paper_text', $query) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('paper_text_zh', $query) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('term_names', $query) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('term_names_zh', $query) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
RETURN CASE WHEN node:Paper THEN 'paper' ELSE 'term' END AS kind,
       coalesce(node.arxivId, node.key) AS id, coalesce(node.title, node.name) AS name,
       round(score, 3) AS score
ORDER BY score DESC, id
LIMIT $limit
