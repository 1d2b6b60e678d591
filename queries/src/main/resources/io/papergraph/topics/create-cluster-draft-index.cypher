CREATE INDEX cluster_draft_id IF NOT EXISTS FOR (c:ClusterDraft) ON (c.id)
