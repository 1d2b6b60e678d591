// A small hand-made graph in the shape of docs/graph-model.md: three digests, eight papers, five authors,
// two topics (attention, reinforcement learning), a knit pair (graph neural networks) and an isolated term.
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (p:Paper) ON EACH [p.title, p.abstract];
CREATE FULLTEXT INDEX paper_text_zh IF NOT EXISTS FOR (p:Paper) ON EACH [p.summaryZh, p.tldrZh, p.keywordsZh]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX term_names IF NOT EXISTS FOR (t:Term) ON EACH [t.name, t.aliases, t.acronym];
CREATE FULLTEXT INDEX term_names_zh IF NOT EXISTS FOR (t:Term) ON EACH [t.namesZh]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
UNWIND [
  {code: 'cs.CL', name: 'Computation and Language'},
  {code: 'cs.LG', name: 'Machine Learning'},
  {code: 'quant-ph', name: 'Quantum Physics'}] AS c
CREATE (:Category {code: c.code, name: c.name, archive: split(c.code, '.')[0]});
UNWIND [
  {file: 'digest-2025-11-10.md', date: date('2025-11-10')},
  {file: 'digest-2025-11-11.md', date: date('2025-11-11')},
  {file: 'digest-2025-11-12.md', date: date('2025-11-12')}] AS d
CREATE (:Digest {file: d.file, date: d.date, format: 'heading', contentHash: 'h' + d.file, entries: 0, papers: 0});
UNWIND [
  {key: 'attention', name: 'attention', namesZh: ['注意力']},
  {key: 'transformer', name: 'Transformer', namesZh: ['变换器']},
  {key: 'self-attention', name: 'self-attention', namesZh: []},
  {key: 'positional encoding', name: 'positional encoding', namesZh: ['位置编码']},
  {key: 'large language model', name: 'large language model', aliases: ['LLM', 'LLMs'], acronym: 'LLM', namesZh: ['大型语言模型']},
  {key: 'reinforcement learning', name: 'reinforcement learning', aliases: ['RL'], acronym: 'RL', namesZh: ['强化学习']},
  {key: 'policy gradient', name: 'policy gradient', namesZh: []},
  {key: 'reward model', name: 'reward model', namesZh: ['奖励模型']},
  {key: 'ppo', name: 'PPO', namesZh: []},
  {key: 'graph neural network', name: 'graph neural network', aliases: ['GNN'], acronym: 'GNN', namesZh: ['图神经网络']},
  {key: 'message passing', name: 'message passing', namesZh: ['消息传递']},
  {key: 'quantum annealing', name: 'quantum annealing', namesZh: ['量子退火']}] AS t
CREATE (:Term {key: t.key, name: t.name, aliases: coalesce(t.aliases, []), acronym: t.acronym, namesZh: t.namesZh, score: 1.0});
UNWIND [
  {id: '2511.00001', title: 'Sparse Attention for Long Transformers', cat: 'cs.CL', digest: 'digest-2025-11-10.md', rank: 1,
   abstract: 'We sparsify self-attention in transformers.', summaryZh: '本文提出稀疏注意力机制。',
   authors: ['Alice Zhang', 'Bob Li'], terms: [['attention', 1.0], ['transformer', 0.8], ['self-attention', 0.6], ['positional encoding', 0.4], ['large language model', 0.5]]},
  {id: '2511.00002', title: 'Positional Encoding Revisited', cat: 'cs.CL', digest: 'digest-2025-11-10.md', rank: 2,
   abstract: 'Rotary positional encoding for attention.', summaryZh: '本文重新审视位置编码。',
   authors: ['Alice Zhang', 'Carol Wu'], terms: [['attention', 1.0], ['transformer', 0.8], ['self-attention', 0.6], ['positional encoding', 0.4], ['large language model', 0.5]]},
  {id: '2511.00003', title: 'Attention Sinks in Transformers', cat: 'cs.LG', digest: 'digest-2025-11-11.md', rank: 1,
   abstract: 'Attention heads attend to the first token.', summaryZh: '研究注意力汇聚现象。',
   authors: ['Alice Zhang'], terms: [['attention', 1.0], ['transformer', 0.8], ['self-attention', 0.6], ['positional encoding', 0.4], ['large language model', 0.5]]},
  {id: '2511.00004', title: 'Long Context Attention', cat: 'cs.CL', digest: 'digest-2025-11-12.md', rank: 1,
   abstract: 'Scaling attention to long context.', summaryZh: '将注意力扩展到长上下文。',
   authors: ['Bob Li', 'Carol Wu'], terms: [['attention', 1.0], ['transformer', 0.8], ['self-attention', 0.6], ['positional encoding', 0.4], ['large language model', 0.5]]},
  {id: '2511.00005', title: 'Reward Models for Policy Optimization', cat: 'cs.LG', digest: 'digest-2025-11-10.md', rank: 3,
   abstract: 'Reinforcement learning with a learned reward model.', summaryZh: '使用奖励模型的强化学习。',
   authors: ['Dan Brown', 'Bob Li'], terms: [['reinforcement learning', 1.0], ['policy gradient', 0.7], ['reward model', 0.6], ['large language model', 0.5]]},
  {id: '2511.00006', title: 'PPO for Language Model Alignment', cat: 'cs.LG', digest: 'digest-2025-11-11.md', rank: 2,
   abstract: 'Proximal policy optimization aligns language models.', summaryZh: '用PPO对齐语言模型。',
   authors: ['Dan Brown'], terms: [['reinforcement learning', 1.0], ['ppo', 0.7], ['reward model', 0.6], ['large language model', 0.5]]},
  {id: '2511.00007', title: 'Policy Gradient Variance Reduction', cat: 'cs.LG', digest: 'digest-2025-11-12.md', rank: 2,
   abstract: 'Lower variance policy gradients.', summaryZh: '降低策略梯度的方差。',
   authors: ['Dan Brown', 'Erin Zhou'], terms: [['reinforcement learning', 1.0], ['policy gradient', 0.7], ['reward model', 0.6]]},
  {id: '2511.00008', title: 'Reward Hacking in PPO', cat: 'cs.LG', digest: 'digest-2025-11-12.md', rank: 3,
   abstract: 'Reward hacking under proximal policy optimization.', summaryZh: '研究PPO中的奖励黑客问题。',
   authors: ['Erin Zhou'], terms: [['reinforcement learning', 1.0], ['ppo', 0.7], ['reward model', 0.6]]},
  {id: '2511.00009', title: 'Message Passing Graph Neural Networks', cat: 'cs.LG', digest: 'digest-2025-11-12.md', rank: 4,
   abstract: 'Graph neural networks with message passing for RL.', summaryZh: '基于消息传递的图神经网络。',
   authors: ['Erin Zhou'], terms: [['graph neural network', 1.0], ['message passing', 1.0], ['reinforcement learning', 0.2]]},
  {id: '2511.00010', title: 'Quantum Annealing Benchmarks', cat: 'quant-ph', digest: 'digest-2025-11-12.md', rank: 5,
   abstract: 'Benchmarks of quantum annealers.', summaryZh: '量子退火基准测试。',
   authors: ['Frank Lin'], terms: [['quantum annealing', 1.0]]}] AS row
CREATE (p:Paper {arxivId: row.id, title: row.title, abstract: row.abstract, summaryZh: row.summaryZh,
                 primaryCategory: row.cat, url: 'https://arxiv.org/abs/' + row.id})
WITH p, row
MATCH (c:Category {code: row.cat})
CREATE (p)-[:IN_CATEGORY {primary: true}]->(c)
WITH p, row
MATCH (d:Digest {file: row.digest})
CREATE (d)-[:LISTS {rank: row.rank, line: row.rank * 10}]->(p)
SET p.firstListed = d.date, p.lastListed = d.date
WITH p, row
UNWIND range(0, size(row.authors) - 1) AS i
MERGE (a:Author {key: toLower(row.authors[i])}) ON CREATE SET a.name = row.authors[i]
CREATE (a)-[:WROTE {position: i + 1}]->(p)
WITH DISTINCT p, row
UNWIND row.terms AS tw
MATCH (t:Term {key: tw[0]})
CREATE (p)-[:MENTIONS {count: 1, inTitle: false, weight: tw[1]}]->(t);
MATCH (p:Paper)-[:IN_CATEGORY]->(:Category {code: 'cs.CL'}) MATCH (l:Category {code: 'cs.LG'})
WHERE p.arxivId = '2511.00001'
CREATE (p)-[:IN_CATEGORY {primary: false}]->(l);
MATCH (t:Term)
SET t.df = COUNT { (t)<-[:MENTIONS]-(:Paper) };
MATCH (a:Term)<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(b:Term)
WHERE a.key < b.key
WITH a, b, count(p) AS papers
CREATE (a)-[:CO_OCCURS {papers: papers, strength: toFloat(papers) / (a.df * b.df)}]->(b);
MATCH (d:Digest)
SET d.papers = COUNT { (d)-[:LISTS]->() }, d.entries = COUNT { (d)-[:LISTS]->() };
CALL db.awaitIndexes(60);
