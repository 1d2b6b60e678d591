// The counts a kept ranking state is checked against: papers, terms, mentions and co-occurrences (count store).
CALL { MATCH (p:Paper) RETURN count(p) AS papers }
CALL { MATCH (t:Term) RETURN count(t) AS terms }
CALL { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
CALL { MATCH ()-[c:CO_OCCURS]->() RETURN count(c) AS coOccurrences }
RETURN papers, terms, mentions, coOccurrences
