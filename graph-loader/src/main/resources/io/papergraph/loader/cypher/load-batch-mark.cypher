// Written in the same transaction as the batch it names.
CREATE (:LoadBatch {id: $id})
