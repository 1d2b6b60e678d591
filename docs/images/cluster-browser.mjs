// Takes docs/images/cluster-browser.png: one topic cluster drawn in the Neo4j Browser of a running
// 'papergraph build ... --serve' (or 'papergraph serve'), with the Papergraph style, by headless Chromium
// driven over the DevTools protocol. See docs/reports.md, "The screenshot in the README".
//
//   node --experimental-websocket docs/images/cluster-browser.mjs HTTP_PORT BOLT_PORT CLUSTER [OUT.png]
//
// Needs Node 20+ (Node 22+ without the flag), Chromium on the PATH (or CHROMIUM=/path/to/chrome) and the
// built ./papergraph (the style and the cluster query come from 'papergraph browser-guide').
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

const [httpPort, boltPort, cluster, out = 'docs/images/cluster-browser.png'] = process.argv.slice(2);
if (!httpPort || !boltPort || !cluster) {
  console.error('usage: node --experimental-websocket docs/images/cluster-browser.mjs HTTP_PORT BOLT_PORT CLUSTER [OUT.png]');
  process.exit(2);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The commands to type into the Browser's editor: the style, the cluster's parameters and the query.
const guide = spawnSync('./papergraph', ['browser-guide'], { encoding: 'utf8', env: { ...process.env, PAPERGRAPH_SKIP_BUILD: '1' } });
if (guide.status !== 0) {
  console.error(guide.stderr);
  process.exit(1);
}
const style = spawnSync('./papergraph', ['browser-guide', '--style'], { encoding: 'utf8', env: { ...process.env, PAPERGRAPH_SKIP_BUILD: '1' } }).stdout;
const step2 = guide.stdout.split('// Step 2')[1].split('// Reports:')[0].split('\n').slice(1);
const query = step2.filter((l) => !l.startsWith(':param')).join('\n').trim();
const commands = [':style\n' + style.trim(), `:param cluster => '${cluster.replace(/'/g, "\\'")}'`, ':param minShare => 0.5', query];

const freePort = () => new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
});
const debugPort = await freePort();
const chromium = spawn(process.env.CHROMIUM || 'chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars',
  `--user-data-dir=${mkdtempSync(join(tmpdir(), 'papergraph-chromium-'))}`, `--remote-debugging-port=${debugPort}`,
  '--window-size=1400,900', 'about:blank'], { stdio: 'ignore' });

try {
  let target;
  for (let i = 0; i < 120 && !target; i++) {
    await sleep(500);
    try {
      const pages = await (await fetch(`http://127.0.0.1:${debugPort}/json`)).json();
      target = pages.find((p) => p.type === 'page');
    } catch { /* not up yet */ }
  }
  if (!target) throw new Error('Chromium did not start');

  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });
  let nextId = 0;
  const pending = new Map();
  socket.onmessage = (event) => {
    const message = JSON.parse(event.data);
    if (pending.has(message.id)) { pending.get(message.id)(message); pending.delete(message.id); }
  };
  const send = (method, params = {}) => new Promise((resolve) => {
    const id = ++nextId;
    pending.set(id, resolve);
    socket.send(JSON.stringify({ id, method, params }));
  });
  const evaluate = async (expression) => (await send('Runtime.evaluate', { expression, returnByValue: true })).result?.result?.value;

  const bolt = `bolt://localhost:${boltPort}`;
  await send('Page.navigate', { url: `http://localhost:${httpPort}/browser/?dbms=${encodeURIComponent(bolt)}&preselectAuthMethod=NO_AUTH` });
  // The Browser loads, then shows its connect form (no authentication: the embedded server has auth off).
  for (let i = 0; i < 60; i++) {
    await sleep(1000);
    const clicked = await evaluate(`(() => { const b = [...document.querySelectorAll('button')].find(b => /^connect$/i.test(b.innerText.trim()));
      if (b) { b.click(); return true; } return false; })()`);
    if (clicked) break;
  }
  for (let i = 0; i < 30 && !(await evaluate(`document.body.innerText.includes('Connected to Neo4j') || document.body.innerText.includes('You are connected')`)); i++) {
    await sleep(1000);
  }
  for (const command of commands) {
    await evaluate(`(() => { const t = document.querySelector('.monaco-editor textarea, textarea'); if (t) t.focus(); return !!t; })()`);
    await send('Input.insertText', { text: command });
    await sleep(500);
    for (const type of ['keyDown', 'keyUp']) {
      await send('Input.dispatchKeyEvent', { type, modifiers: 2, key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
    }
    await sleep(3000);
  }
  // Wait for the graph view of the last frame (the query may take a while on a big cluster).
  for (let i = 0; i < 300 && !(await evaluate(`document.querySelectorAll('svg g.node').length > 0`)); i++) {
    await sleep(1000);
  }
  // Close the usage-data banner and show the graph frame full screen.
  await evaluate(`(() => { document.querySelectorAll('button, a, span').forEach(e => {
      if (e.closest && e.closest('[class*="Banner"], [class*="banner"]') && /×|✕|close/i.test(e.innerText + (e.getAttribute('aria-label') || ''))) e.click(); });
    const full = [...document.querySelectorAll('[title]')].find(e => /fullscreen/i.test(e.getAttribute('title')) && e.closest('article'));
    if (full) full.click(); return !!full; })()`);
  await sleep(15000); // the force layout settles
  const shot = await send('Page.captureScreenshot', { format: 'png' });
  writeFileSync(out, Buffer.from(shot.result.data, 'base64'));
  console.log(`wrote ${out}`);
  socket.close();
} finally {
  chromium.kill();
}
