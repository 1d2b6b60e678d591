// The tag lists of the papers tagged with the given tags.
UNWIND $rows AS key
MATCH (t:Tag {key: key})<-[:TAGGED]-(p:Paper)
UNWIND p.tags AS name
RETURN key, t.name AS name, collect(name) AS names
