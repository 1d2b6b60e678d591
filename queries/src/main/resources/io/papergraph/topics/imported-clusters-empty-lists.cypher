// After the import of a new store with its clusters (ImportedClustering): CSV files cannot hold an empty list,
// which a cluster without papers or categories stores.
MATCH (c:Cluster)
WHERE c.topPapers IS NULL OR c.categories IS NULL
SET c.topPapers = coalesce(c.topPapers, []), c.categories = coalesce(c.categories, [])
