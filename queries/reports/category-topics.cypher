// Title: Categories by topic
// Description: The arXiv category x topic cluster matrix, one row per non-empty cell: papers of the
//   category in the cluster, their summed topic shares, and that sum as a share of the category.
// Parameters:
//   limit  how many cells to list
// In Neo4j Browser, set the parameters first:
// :param limit => 100
// IN_CATEGORY comes only from papers: no label check on the many paper rows; a category's papers are its
// degree. The cluster's label is checked: while a new clustering is written, shares also go to its drafts.
MATCH (cat:Category)<-[:IN_CATEGORY]-(p)-[s:IN_CLUSTER]->(c:Cluster)
WITH cat, c, count(p) AS papers, sum(s.share) AS weight
WITH cat, c, papers, weight, COUNT { (cat)<-[:IN_CATEGORY]-() } AS categoryPapers
RETURN cat.code AS category, c.id AS cluster, c.label AS label, papers,
       round(weight, 2) AS weightedPapers, round(weight / categoryPapers, 3) AS shareOfCategory
ORDER BY category, weightedPapers DESC, cluster
LIMIT $limit
