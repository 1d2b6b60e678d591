// The stored mention hash of every paper (internal property, see MentionHash).
MATCH (p:Paper)
RETURN p.arxivId AS paper, p.mentionsHash AS hash
