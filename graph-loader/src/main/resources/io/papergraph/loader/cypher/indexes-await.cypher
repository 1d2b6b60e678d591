// Returns once every index is online, or fails after $seconds.
CALL db.awaitIndexes($seconds)
