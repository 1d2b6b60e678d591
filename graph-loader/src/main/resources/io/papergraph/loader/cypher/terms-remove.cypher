// Terms no longer recurring. Their mentions go with them, so the papers that mentioned them lose their mention
// hash in the same transaction (see MentionHash): a later load then rewrites those papers' mentions.
UNWIND $rows AS key
MATCH (t:Term {key: key})
CALL (t) {
  MATCH (p:Paper)-[:MENTIONS]->(t)
  REMOVE p.mentionsHash
}
DETACH DELETE t
