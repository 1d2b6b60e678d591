// StatementShapeBenchmark: the unique keys its look-ups use.
CREATE CONSTRAINT shape_paper IF NOT EXISTS FOR (p:ShapePaper) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT shape_term IF NOT EXISTS FOR (t:ShapeTerm) REQUIRE t.key IS UNIQUE;
