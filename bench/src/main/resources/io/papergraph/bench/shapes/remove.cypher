// Removes what one shape made, so that every shape starts from the same graph.
MATCH ()-[m:SHAPE_MENTIONS]->()
CALL (m) {
  DELETE m
} IN TRANSACTIONS OF 50000 ROWS
