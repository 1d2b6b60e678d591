UNWIND $rows AS row
MATCH (p:Paper {arxivId: row.arxivId})
MATCH (c:Cluster {id: row.clusterId})
CREATE (p)-[:IN_CLUSTER {share: row.share}]->(c)
