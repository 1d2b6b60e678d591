// The element ids of this run's cluster drafts, by cluster id.
MATCH (c:ClusterDraft {generation: $generation})
RETURN c.id AS key, elementId(c) AS id
