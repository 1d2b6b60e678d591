// Authors, tags and categories that no paper points to any more leave the graph.
MATCH (a:Author) WHERE NOT EXISTS { (a)-[:WROTE]->() } DETACH DELETE a;
MATCH (t:Tag) WHERE NOT EXISTS { (t)<-[:TAGGED]-() } DETACH DELETE t;
MATCH (c:Category) WHERE NOT EXISTS { (c)<-[:IN_CATEGORY]-() } DETACH DELETE c;
