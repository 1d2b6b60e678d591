// Title: Vocabulary review
// Description: The terms to review first, as a thesaurus to edit: the terms with the least support for
//   being technical come first, most mentioned first. Support is what the digests themselves show: an
//   acronym that stands for the term, a Chinese name the summaries give it, a name written with a capital
//   letter or a digit ("LoRA", "GPT-4"), several words. "replace by" repeats the label: with --format tsv
//   the rows are a thesaurus that changes nothing until edited (empty the cell to drop the term, or write
//   another term to merge it into); the further columns are for the reader and are ignored.
// Parameters:
//   limit  how many terms to list
// In Neo4j Browser, set the parameters first:
// :param limit => 50
MATCH (t:Term)
WITH t, [s IN [
    CASE WHEN t.acronym IS NOT NULL THEN 'acronym' END,
    CASE WHEN size(coalesce(t.namesZh, [])) > 0 THEN 'Chinese name' END,
    CASE WHEN t.name =~ '.*[\\p{Lu}\\p{Nd}].*' THEN 'name' END,
    CASE WHEN t.key CONTAINS ' ' OR t.name =~ '.*[\\s-].*' THEN 'phrase' END] WHERE s IS NOT NULL] AS support
ORDER BY size(support), t.df DESC, t.key
LIMIT $limit
// A clustering is a partition: a term is in one cluster at most.
OPTIONAL MATCH (t)-[:IN_CLUSTER]->(c:Cluster)
RETURN t.name AS label, t.name AS `replace by`, t.df AS papers, support, c.label AS cluster
ORDER BY size(support), papers DESC, t.key
