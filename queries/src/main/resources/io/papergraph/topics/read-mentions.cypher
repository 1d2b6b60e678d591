// The papers' weighted term mentions: they decide topic shares and labels.
MATCH (p:Paper)-[m:MENTIONS]->(t:Term)
RETURN p.arxivId AS arxivId, t.key AS termKey, coalesce(m.weight, 1.0) AS weight
