// Before the mentions of these papers are written: until their new hash is set, no hash claims mentions that a
// load stopped half-way may have left partly written (see MentionHash).
UNWIND $rows AS id
MATCH (p:Paper {arxivId: id})
REMOVE p.mentionsHash
