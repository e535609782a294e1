#!/usr/bin/env node
// n8n benchmark: an API-mode backup of N workflows (default 500) from the local n8n of
// scripts/test-services, timed end to end through the engine (backup command, local storage,
// gzip), beside the fingerprint of the live instance; optionally the restore of that backup
// into the second, empty instance (n8n2) and a CLI-mode backup for comparison.
//
//   npm run build                         # compiles src/ to lib/ (the bench imports lib/; BAKUP_LIB=dir overrides)
//   node bench/n8n.mjs                    # Node 24; creates 500 workflows once (tagged bakup-bench), backs them up
//   node bench/n8n.mjs --workflows 500 --restore --cli --cleanup
//
// Options: --workflows N, --nodes K (nodes per workflow, default 12), --restore (into n8n2, wiped first),
// --cli (also time an n8n-cli: backup), --cleanup (delete the bench workflows at the end).
// Goal (issue 6): the 500-workflow API backup in under 60 s.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const LIB = path.resolve(process.env.BAKUP_LIB ?? path.join(REPO, 'lib'));
const TAG = 'bakup-bench';

function args(argv) {
  const out = { workflows: 500, nodes: 12, restore: false, cli: false, cleanup: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--workflows') out.workflows = Number(argv[++i]);
    else if (a === '--nodes') out.nodes = Number(argv[++i]);
    else if (a === '--restore') out.restore = true;
    else if (a === '--cli') out.cli = true;
    else if (a === '--cleanup') out.cleanup = true;
    else {
      console.error(`unknown argument ${a}`);
      process.exit(2);
    }
  }
  return out;
}

function services(...names) {
  const r = spawnSync('bash', [path.join(REPO, 'scripts', 'test-services'), 'start', ...names], { encoding: 'utf8', maxBuffer: 16 << 20 });
  if (r.status !== 0) throw new Error(`scripts/test-services start ${names.join(' ')} failed:\n${r.stderr.slice(-2000)}`);
  const env = {};
  for (const line of r.stdout.split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2];
  }
  return env;
}

class Admin {
  constructor(url, key) {
    this.url = url;
    this.key = key;
  }
  async req(method, p, body) {
    for (let i = 0; ; i++) {
      const res = await fetch(`${this.url}/api/v1${p}`, {
        method,
        headers: { 'X-N8N-API-KEY': this.key, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status === 409 && /try again/.test(text) && i < 20) {
        await new Promise((r) => setTimeout(r, 250));
        continue;
      }
      if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${text.slice(0, 300)}`);
      return text ? JSON.parse(text) : {};
    }
  }
  async list(p) {
    const out = [];
    let cursor;
    do {
      const page = await this.req('GET', `${p}${p.includes('?') ? '&' : '?'}limit=250${cursor ? `&cursor=${cursor}` : ''}`);
      out.push(...page.data);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  }
}

async function pool(items, limit, fn) {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

/** A workflow of K nodes in a chain (a trigger, HTTP requests, Set and IF nodes), with pinned data on the trigger. */
function workflow(i, k) {
  const nodes = [{ id: `t-${i}`, name: 'Trigger', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} }];
  const connections = {};
  for (let n = 1; n < k; n++) {
    const kind = n % 3;
    const name = `Step ${n}`;
    nodes.push(
      kind === 0
        ? { id: `n-${i}-${n}`, name, type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2, position: [n * 220, 0], parameters: { url: `https://example.invalid/api/${i}/${n}`, options: { timeout: 10000 } } }
        : kind === 1
          ? {
              id: `n-${i}-${n}`,
              name,
              type: 'n8n-nodes-base.set',
              typeVersion: 3.4,
              position: [n * 220, 0],
              parameters: { assignments: { assignments: [{ id: `a${n}`, name: `field${n}`, value: `={{ $json.value * ${n} }}`, type: 'string' }] }, options: {} },
            }
          : {
              id: `n-${i}-${n}`,
              name,
              type: 'n8n-nodes-base.if',
              typeVersion: 2,
              position: [n * 220, 0],
              parameters: { conditions: { options: { caseSensitive: true }, conditions: [{ id: `c${n}`, leftValue: '={{ $json.ok }}', rightValue: true, operator: { type: 'boolean', operation: 'true' } }], combinator: 'and' }, options: {} },
            },
    );
    connections[nodes[n - 1].name] = { main: [[{ node: name, type: 'main', index: 0 }]] };
  }
  return {
    name: `bench workflow ${String(i).padStart(4, '0')}`,
    nodes,
    connections,
    settings: { executionOrder: 'v1', timezone: 'UTC' },
    pinData: { Trigger: [{ json: { value: i, ok: true, note: 'pinned for the bench' } }] },
  };
}

const o = args(process.argv.slice(2));
const env = services('n8n', ...(o.restore ? ['n8n2'] : []));
// The n8n CLI must not inherit a test NODE_ENV (it would open a test database).
delete process.env.NODE_ENV;
const a1 = new Admin(env.BAKUP_TEST_N8N_URL, env.BAKUP_TEST_N8N_API_KEY);
const { backup } = await import(pathToFileURL(path.join(LIB, 'commands', 'backup.js')).href);
const { restore } = await import(pathToFileURL(path.join(LIB, 'commands', 'restore.js')).href);
const { MemoryLogger } = await import(pathToFileURL(path.join(LIB, 'log.js')).href);

let tag = (await a1.list('/tags')).find((t) => t.name === TAG);
tag ??= await a1.req('POST', '/tags', { name: TAG });
const existing = (await a1.list(`/workflows?tags=${TAG}&excludePinnedData=true`)).filter((w) => !w.isArchived);
const missing = [];
for (let i = existing.length; i < o.workflows; i++) missing.push(i);
if (missing.length) {
  const t0 = performance.now();
  await pool(missing, 8, async (i) => {
    const w = await a1.req('POST', '/workflows', workflow(i, o.nodes));
    await a1.req('PUT', `/workflows/${w.id}/tags`, [{ id: tag.id }]);
  });
  console.log(`created ${missing.length} workflows of ${o.nodes} nodes in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
const total = (await a1.list('/workflows?excludePinnedData=true')).filter((w) => !w.isArchived).length;

const work = await fs.mkdtemp(path.join(os.tmpdir(), 'bakup-bench-n8n-'));
const store = path.join(work, 'store');
const source = `n8n+${env.BAKUP_TEST_N8N_URL}`;
const sourceOptions = { n8nApiKey: env.BAKUP_TEST_N8N_API_KEY };
try {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const b = await backup({ source, to: [store], name: 'n8n-bench', compression: 'gzip', sourceOptions }, { log: new MemoryLogger() });
  const secs = (performance.now() - t0) / 1000;
  const plain = b.manifest.artifacts.reduce((n, a) => n + a.plain.size, 0);
  console.log(
    `API-mode backup: ${b.manifest.fingerprint.summary.workflows} workflows (${total} in the instance) in ${secs.toFixed(2)} s` +
      ` — ${(plain / 1048576).toFixed(1)} MiB tar, ${(b.manifest.size / 1048576).toFixed(2)} MiB stored (gzip);` +
      ` peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (${(rss0 / 1048576).toFixed(0)} MiB before); goal < 60 s: ${secs < 60 ? 'met' : 'MISSED'}`,
  );
  if (o.cli) {
    const t1 = performance.now();
    const c = await backup({ source: `n8n-cli:${env.BAKUP_TEST_N8N_BIN}`, to: [store], name: 'n8n-bench-cli', compression: 'gzip' }, { log: new MemoryLogger() });
    console.log(`CLI-mode backup (n8n export:workflow + export:credentials): ${c.manifest.fingerprint.summary.workflows} workflows in ${((performance.now() - t1) / 1000).toFixed(2)} s`);
  }
  if (o.restore) {
    const a2 = new Admin(env.BAKUP_TEST_N8N2_URL, env.BAKUP_TEST_N8N2_API_KEY);
    for (const w of await a2.list('/workflows?excludePinnedData=true')) {
      if (w.active) await a2.req('POST', `/workflows/${w.id}/deactivate`);
      await a2.req('DELETE', `/workflows/${w.id}`);
    }
    const t2 = performance.now();
    const r = await restore(
      { from: store, name: 'n8n-bench', backupId: b.manifest.id, target: `n8n+${env.BAKUP_TEST_N8N2_URL}`, sourceOptions: { n8nApiKey: env.BAKUP_TEST_N8N2_API_KEY, activate: true } },
      { log: new MemoryLogger() },
    );
    const same = r.report.fingerprint?.digest === b.manifest.fingerprint.digest;
    console.log(`API-mode restore into the empty n8n2: ${r.report.summary.created} created in ${((performance.now() - t2) / 1000).toFixed(2)} s; fingerprint ${same ? 'equal' : 'DIFFERENT'}`);
  }
} finally {
  await fs.rm(work, { recursive: true, force: true });
  if (o.cleanup) {
    const mine = (await a1.list(`/workflows?tags=${TAG}&excludePinnedData=true`)).filter((w) => !w.isArchived);
    await pool(mine, 8, (w) => a1.req('DELETE', `/workflows/${w.id}`));
    console.log(`deleted ${mine.length} bench workflows`);
  }
}
