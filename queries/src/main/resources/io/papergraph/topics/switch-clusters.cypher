// Makes this run's drafts the current clustering in one small transaction: the previous clusters keep their
// relationships but lose the Cluster label (they are deleted in batches afterwards), so a reader sees the old
// clustering or the new one, never a mix.
CALL {
  MATCH (old:Cluster)
  REMOVE old:Cluster
  SET old:ClusterRetired
}
MATCH (draft:ClusterDraft {generation: $generation})
REMOVE draft:ClusterDraft
SET draft:Cluster
REMOVE draft.generation
RETURN count(draft) AS clusters
