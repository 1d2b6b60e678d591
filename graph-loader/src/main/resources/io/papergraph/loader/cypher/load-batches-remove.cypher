// Batch markers live only while a load runs.
MATCH (b:LoadBatch)
DELETE b
