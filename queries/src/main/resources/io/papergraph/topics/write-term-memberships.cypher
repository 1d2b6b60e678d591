UNWIND $rows AS row
MATCH (t:Term {key: row.termKey})
MATCH (c:Cluster {id: row.clusterId})
CREATE (t)-[:IN_CLUSTER {weight: row.weight}]->(c)
