UNWIND $rows AS row
CREATE (c:Cluster {id: row.id})
SET c.label = row.label,
    c.labelZh = row.labelZh,
    c.size = row.size,
    c.topTerms = row.topTerms,
    c.small = row.small,
    c.algorithm = $algorithm,
    c.engine = $engine,
    c.resolution = $resolution,
    c.minClusterSize = $minClusterSize,
    c.seed = $seed
