// Fresh loads into an empty database drop the full-text indexes before writing and create them again (schema)
// once the nodes are written: populating an index over stored nodes costs less than updating it with every
// write transaction. A load stopped in between leaves them missing until the next load's schema step.
DROP INDEX paper_text IF EXISTS;
DROP INDEX paper_text_zh IF EXISTS;
DROP INDEX term_names IF EXISTS;
DROP INDEX term_names_zh IF EXISTS;
