// Deletes a batch of the IN_CLUSTER relationships of clusters that are no longer current: the previous
// clustering after a switch, and drafts or retired clusters that an interrupted run left behind.
CALL {
  MATCH (c:ClusterRetired) RETURN c
  UNION
  MATCH (c:ClusterDraft) WHERE c.generation <> $generation RETURN c
}
MATCH (c)<-[r:IN_CLUSTER]-()
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
