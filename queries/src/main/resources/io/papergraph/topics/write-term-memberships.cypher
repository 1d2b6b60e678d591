UNWIND $rows AS row
MATCH (t:Term {key: row.termKey})
MATCH (c:ClusterDraft {id: row.clusterId, generation: $generation})
CREATE (t)-[:IN_CLUSTER {weight: row.weight}]->(c)
