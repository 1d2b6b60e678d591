UNWIND $rows AS row
MATCH (p:Paper {arxivId: row.arxivId})
MATCH (c:ClusterDraft {id: row.clusterId, generation: $generation})
CREATE (p)-[:IN_CLUSTER {share: row.share}]->(c)
