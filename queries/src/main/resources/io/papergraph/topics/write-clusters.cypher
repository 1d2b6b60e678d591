UNWIND $rows AS row
// Drafts of this run's clusters: invisible to reports (they match :Cluster) until switch-clusters.
CREATE (c:ClusterDraft {id: row.id, generation: $generation})
SET c.label = row.label,
    c.labelZh = row.labelZh,
    c.size = row.size,
    c.topTerms = row.topTerms,
    c.small = row.small,
    c.papers = row.papers,
    c.topPapers = row.topPapers,
    c.categories = row.categories,
    c.algorithm = $algorithm,
    c.engine = $engine,
    c.resolution = $resolution,
    c.minClusterSize = $minClusterSize,
    c.seed = $seed,
    c.basis = $basis
