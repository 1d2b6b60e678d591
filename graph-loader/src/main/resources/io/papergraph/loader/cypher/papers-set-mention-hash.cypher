// Written after the paper's mentions (see MentionHash).
UNWIND $rows AS r
MATCH (p:Paper {arxivId: r.paper})
SET p.mentionsHash = r.hash
