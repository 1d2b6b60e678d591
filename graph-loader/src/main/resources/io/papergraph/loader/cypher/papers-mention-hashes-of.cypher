// The stored mention hash of the given papers (internal property, see MentionHash).
UNWIND $rows AS id
MATCH (p:Paper {arxivId: id})
RETURN p.arxivId AS paper, p.mentionsHash AS hash
