// The indexes in the database by name (a constraint's index carries the constraint's name), with their state: the
// schema statements whose name is here are not run again, and only indexes not yet online are waited for.
SHOW INDEXES YIELD name, state
RETURN name, state
