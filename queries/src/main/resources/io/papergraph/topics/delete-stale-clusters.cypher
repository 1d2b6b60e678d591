// Deletes a batch of clusters that are no longer current, once their IN_CLUSTER relationships are gone.
CALL {
  MATCH (c:ClusterRetired) RETURN c
  UNION
  MATCH (c:ClusterDraft) WHERE c.generation <> $generation RETURN c
}
WITH c LIMIT $limit
DETACH DELETE c
RETURN count(*) AS deleted
