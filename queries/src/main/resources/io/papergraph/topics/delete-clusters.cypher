// The previous clustering, with its memberships.
MATCH (c:Cluster)
DETACH DELETE c
