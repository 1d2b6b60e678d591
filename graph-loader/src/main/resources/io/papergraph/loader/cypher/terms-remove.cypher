UNWIND $rows AS key
MATCH (t:Term {key: key})
DETACH DELETE t
