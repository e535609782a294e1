import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as path from 'node:path';
import { BSON, MongoClient } from 'mongodb';
import { spawn, type ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import { bakup, runAction } from '../helpers/cli.js';
import { needServices, toolPath } from '../helpers/services.js';
import { tempDir } from '../helpers/tree.js';

/**
 * A TCP relay in front of the real peer that reads (never changes) the MongoDB
 * wire messages a client sends, and records each `insert` command with the
 * number of documents it carries: what --batch-size must bound.
 */
class InsertCounter {
  readonly inserts: number[] = [];
  private server!: net.Server;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  static async start(upstreamPort: number): Promise<InsertCounter> {
    const c = new InsertCounter();
    c.server = net.createServer((client) => {
      const upstream = net.connect(upstreamPort, '127.0.0.1');
      c.sockets.add(client).add(upstream);
      let pending = Buffer.alloc(0);
      client.on('data', (chunk: Buffer) => {
        upstream.write(chunk);
        pending = Buffer.concat([pending, chunk]);
        while (pending.length >= 4 && pending.length >= pending.readInt32LE(0)) {
          const len = pending.readInt32LE(0);
          c.inspect(pending.subarray(0, len));
          pending = pending.subarray(len);
        }
      });
      upstream.on('data', (chunk: Buffer) => client.write(chunk));
      const close = (): void => {
        client.destroy();
        upstream.destroy();
      };
      client.on('close', close).on('error', close);
      upstream.on('close', close).on('error', close);
    });
    await new Promise<void>((resolve) => c.server.listen(0, '127.0.0.1', resolve));
    c.port = (c.server.address() as net.AddressInfo).port;
    return c;
  }

  /** OP_MSG (2013): flag bits, then sections (kind 0: the command document; kind 1: a document sequence). */
  private inspect(msg: Buffer): void {
    if (msg.readInt32LE(12) !== 2013) return;
    const end = msg.readUInt32LE(16) & 1 ? msg.length - 4 : msg.length;
    let command: BSON.Document | undefined;
    let sequenced = 0;
    for (let p = 20; p < end; ) {
      const kind = msg[p++]!;
      const size = msg.readInt32LE(p);
      if (kind === 0) command = BSON.deserialize(msg.subarray(p, p + size));
      else {
        const idEnd = msg.indexOf(0, p + 4);
        for (let d = idEnd + 1; d < p + size; d += msg.readInt32LE(d)) sequenced++;
      }
      p += size;
    }
    if (command && Object.keys(command)[0] === 'insert') {
      this.inserts.push(sequenced + (Array.isArray(command.documents) ? command.documents.length : 0));
    }
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * A FerretDB of this test's own (same binary and flags as scripts/test-services): the oplog test
 * creates and drops local.oplog.rs, which the shared instance's other suites create and drop too.
 */
async function ownFerretDb(): Promise<{ uri: string; stop: () => Promise<void> }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bakup-ferretdb-'));
  await fs.mkdir(path.join(dir, 'data'));
  const port = await new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
  const proc: ChildProcess = spawn(
    toolPath('ferretdb'),
    ['--handler=sqlite', `--sqlite-url=file:${dir}/data/`, `--listen-addr=127.0.0.1:${port}`, `--state-dir=${dir}`, '--debug-addr=-', '--telemetry=disable', '--repl-set-name=rs0', '--log-level=warn'],
    { stdio: 'ignore' },
  );
  const uri = `mongodb://127.0.0.1:${port}/?directConnection=true`;
  const stop = async (): Promise<void> => {
    proc.kill();
    await fs.rm(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 120; i++) {
    const c = new MongoClient(uri, { serverSelectionTimeoutMS: 500 });
    try {
      await c.connect();
      await c.db('admin').command({ ping: 1 });
      return { uri, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    } finally {
      await c.close();
    }
  }
  await stop();
  throw new Error('the test FerretDB did not start');
}

/** The MongoDB options that only the CLI and the action pass on: each one reaches the engine and does what it says. */
describe('mongodb options through the CLI and the action', () => {
  const env = needServices('ferretdb');
  const base = env.BAKUP_TEST_FERRETDB_URI!;
  const peerPort = Number(/127\.0\.0\.1:(\d+)/.exec(base)![1]);
  const uri = (db: string, port = peerPort) => `mongodb://127.0.0.1:${port}/${db}?directConnection=true`;
  const run = `opt${Date.now().toString(36)}`;
  let client: MongoClient;
  let work: string;
  let store: string;

  beforeAll(async () => {
    work = await tempDir('mongo-options');
    store = path.join(work, 'store');
    client = new MongoClient(base);
    await client.connect();
    await client
      .db(`${run}src`)
      .collection<{ _id: number; name: string; tags: string[] }>('items')
      .insertMany(Array.from({ length: 300 }, (_, i) => ({ _id: i, name: `item ${i}`, tags: ['x', 'y'].slice(0, i % 3) })));
    const b = await bakup(['backup', '--source', uri(`${run}src`), '--to', store, '--name', 'items']);
    expect(b.stderr).not.toMatch(/error/);
    expect(b.code).toBe(0);
  }, 120_000);

  afterAll(async () => {
    for (const suffix of ['src', 'b25', 'bdefault']) await client.db(`${run}${suffix}`).dropDatabase().catch(() => undefined);
    await client.close();
    await fs.rm(work, { recursive: true, force: true });
  });

  const docs = async (db: string) => client.db(db).collection('items').find({}, { sort: { _id: 1 } }).toArray();

  it('--batch-size bounds the documents of every insert command (and the default does not)', async () => {
    const counter = await InsertCounter.start(peerPort);
    try {
      const r = await bakup(['restore', '--from', store, '--name', 'items', '--target', uri(`${run}b25`, counter.port), '--ns-from', `${run}src.*`, '--ns-to', `${run}b25.*`, '--batch-size', '25']);
      expect(r.stderr).not.toMatch(/error/);
      // The bundle reaches the driver's document sequences: documents go out as archived.
      expect(r.stderr).not.toMatch(/decoded and re-encoded/);
      expect(r.code).toBe(0);
      expect(counter.inserts.reduce((a, b) => a + b, 0)).toBe(300);
      expect(Math.max(...counter.inserts)).toBe(25);
      expect(counter.inserts.length).toBe(12);
      expect(await docs(`${run}b25`)).toEqual(await docs(`${run}src`));

      counter.inserts.length = 0;
      const d = await runAction({ command: 'restore', storage: store, name: 'items', target: uri(`${run}bdefault`, counter.port), 'ns-from': `${run}src.*`, 'ns-to': `${run}bdefault.*` });
      expect(d.code).toBe(0);
      expect(counter.inserts.reduce((a, b) => a + b, 0)).toBe(300);
      expect(Math.max(...counter.inserts)).toBeGreaterThan(25);
    } finally {
      await counter.stop();
    }
    const bad = await bakup(['restore', '--from', store, '--name', 'items', '--target', uri(`${run}bx`), '--batch-size', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--batch-size: expected a whole number of at least 1/);
  }, 180_000);

  it('--server-selection-timeout decides how long an unreachable server is looked for', async () => {
    // A port nothing listens on: the driver keeps looking until the timeout (default 20 s).
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const started = Date.now();
    const r = await bakup(['backup', '--source', `mongodb://admin:s3cr3tP4ss@127.0.0.1:${closed}/app?directConnection=true`, '--to', store, '--server-selection-timeout', '1500ms']);
    const took = Date.now() - started;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot reach MongoDB while connecting/);
    expect(r.stderr).not.toContain('s3cr3tP4ss');
    expect(took).toBeLessThan(12_000);
    const a = await runAction({ command: 'backup', source: `mongodb://127.0.0.1:${closed}/app?directConnection=true`, storage: store, 'server-selection-timeout': '1s' });
    expect(a.code).toBe(1);
    const bad = await bakup(['backup', '--source', uri(`${run}src`), '--to', store, '--server-selection-timeout', '5']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--server-selection-timeout: expected a duration from 1ms to 1h/);
  }, 120_000);

  it('--no-oplog leaves the oplog out of a whole-deployment backup that would capture it by default', async () => {
    const own = await ownFerretDb();
    const c = new MongoClient(own.uri);
    try {
      await c.connect();
      await c.db('app').collection('items').insertMany(Array.from({ length: 50 }, (_, i) => ({ n: i })));
      // FerretDB keeps an oplog only while local.oplog.rs exists (docs/TEST-SERVICES.md).
      await c.db('local').createCollection('oplog.rs', { capped: true, size: 16 << 20 });
      const manifestOf = async (out: string): Promise<{ consistency: { method?: string } | null; artifacts: { meta?: { oplog?: boolean } }[] }> => {
        const { id } = JSON.parse(out) as { id: string };
        return JSON.parse(await fs.readFile(path.join(store, 'whole', id, 'manifest.json'), 'utf8'));
      };
      const withOplog = await bakup(['backup', '--source', own.uri, '--to', store, '--name', 'whole', '--json']);
      expect(withOplog.code).toBe(0);
      const m1 = await manifestOf(withOplog.stdout);
      expect(m1.artifacts[0]!.meta?.oplog).toBe(true);
      expect(m1.consistency?.method).toBe('oplog');

      const without = await bakup(['backup', '--source', own.uri, '--to', store, '--name', 'whole', '--no-oplog', '--json']);
      expect(without.code).toBe(0);
      const m2 = await manifestOf(without.stdout);
      expect(m2.artifacts[0]!.meta?.oplog).toBe(false);
      expect(m2.consistency?.method).not.toBe('oplog');

      const out = path.join(work, 'out');
      await fs.writeFile(out, '');
      const a = await runAction({ command: 'backup', source: own.uri, storage: store, name: 'whole', 'no-oplog': 'true' }, { GITHUB_OUTPUT: out });
      expect(a.code).toBe(0);
      const id = /backup-id<<(\S+)\n(\S+)/.exec(await fs.readFile(out, 'utf8'))?.[2];
      const m3 = JSON.parse(await fs.readFile(path.join(store, 'whole', id!, 'manifest.json'), 'utf8')) as { artifacts: { meta?: { oplog?: boolean } }[] };
      expect(m3.artifacts[0]!.meta?.oplog).toBe(false);
    } finally {
      await c.close();
      await own.stop();
    }
    const both = await bakup(['backup', '--source', base, '--to', store, '--oplog', '--no-oplog']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--no-oplog: cannot be combined with oplog/);
  }, 300_000);
});
