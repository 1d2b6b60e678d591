// Papers that no digest lists any more leave the graph.
UNWIND $rows AS id
MATCH (p:Paper {arxivId: id})
WHERE NOT EXISTS { (p)<-[:LISTS]-() }
DETACH DELETE p
