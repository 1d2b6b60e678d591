// Whether a batch of this load is already written (asked only when the driver retries a batch).
MATCH (b:LoadBatch {id: $id})
RETURN b.id AS id
