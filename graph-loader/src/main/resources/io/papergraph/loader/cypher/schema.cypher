// Papergraph schema: one statement per block, each ending with a semicolon. Every statement is idempotent.
CREATE CONSTRAINT paper_arxiv_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.arxivId IS UNIQUE;
CREATE CONSTRAINT author_key IF NOT EXISTS FOR (a:Author) REQUIRE a.key IS UNIQUE;
CREATE CONSTRAINT category_code IF NOT EXISTS FOR (c:Category) REQUIRE c.code IS UNIQUE;
CREATE CONSTRAINT tag_key IF NOT EXISTS FOR (t:Tag) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT term_key IF NOT EXISTS FOR (t:Term) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT digest_file IF NOT EXISTS FOR (d:Digest) REQUIRE d.file IS UNIQUE;
CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (c:Cluster) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT load_batch_id IF NOT EXISTS FOR (b:LoadBatch) REQUIRE b.id IS UNIQUE;
CREATE INDEX paper_first_listed IF NOT EXISTS FOR (p:Paper) ON (p.firstListed);
CREATE INDEX digest_date IF NOT EXISTS FOR (d:Digest) ON (d.date);
CREATE INDEX term_df IF NOT EXISTS FOR (t:Term) ON (t.df);
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (p:Paper) ON EACH [p.title, p.abstract];
CREATE FULLTEXT INDEX paper_text_zh IF NOT EXISTS FOR (p:Paper)
  ON EACH [p.summaryZh, p.tldrZh, p.motivationZh, p.methodZh, p.resultZh, p.conclusionZh, p.keywordsZh]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX term_names IF NOT EXISTS FOR (t:Term) ON EACH [t.name, t.aliases, t.acronym];
CREATE FULLTEXT INDEX term_names_zh IF NOT EXISTS FOR (t:Term) ON EACH [t.namesZh]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
