// After the import of a new store with its clusters (ImportedClustering): what they were computed from, which the
// import could not know before its digests were marked loaded.
MATCH (c:Cluster)
SET c.basis = $basis
