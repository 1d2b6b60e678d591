// Rows: [paper element id, cluster draft element id, share]. Both ends are found by element id (read just
// before, see read-paper-ids and read-draft-ids): for the millions of shares of a year of papers, a seek by
// element id and list rows cost less than unique-index seeks and maps.
UNWIND $rows AS r
MATCH (p) WHERE elementId(p) = r[0]
MATCH (c) WHERE elementId(c) = r[1]
CREATE (p)-[:IN_CLUSTER {share: r[2]}]->(c)
