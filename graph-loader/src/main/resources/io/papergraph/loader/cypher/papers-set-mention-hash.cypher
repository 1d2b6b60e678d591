// Written after the paper's mentions (see MentionHash), with the norm of their weights (for cosine similarity).
UNWIND $rows AS r
MATCH (p:Paper {arxivId: r.paper})
SET p.mentionsHash = r.hash, p.mentionNorm = r.norm
