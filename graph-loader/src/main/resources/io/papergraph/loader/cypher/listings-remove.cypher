// Removes the listings of digests that are reloaded; returns the papers they listed.
UNWIND $rows AS file
MATCH (:Digest {file: file})-[l:LISTS]->(p:Paper)
DELETE l
RETURN DISTINCT p.arxivId AS arxivId
