/**
 * Sample data for the database peers and exact, independent snapshots of it
 * (through each system's own client, not bakup's code), so an end-to-end test
 * can assert that restored data equals the original.
 */
import { MongoClient } from 'mongodb';
import { Redis } from 'ioredis';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// ------------------------------------------------------------------ MongoDB
/** The database in a mongodb:// URI replaced (or added). */
export function mongoUriWithDb(base: string, db: string): string {
  const u = new URL(base);
  u.pathname = `/${db}`;
  return u.toString();
}

/** Two collections with nested values, dates, a unique index, and one marker string a tamper test can find. */
export async function seedMongo(uri: string, db: string, marker: string): Promise<void> {
  const client = new MongoClient(uri);
  try {
    const d = client.db(db);
    await d.collection<{ _id: number }>('users').insertMany(
      Array.from({ length: 250 }, (_, i) => ({ _id: i, email: `user${i}@example.com`, name: i === 7 ? marker : `user ${i}`, tags: ['a', 'b', 'c'].slice(0, i % 4), joined: new Date(Date.UTC(2024, 0, 1 + (i % 28))), nested: { level: i % 5, ok: i % 2 === 0 } })),
    );
    await d.collection('users').createIndex({ email: 1 }, { unique: true, name: 'email_unique' });
    await d.collection<{ _id: string }>('orders').insertMany(Array.from({ length: 80 }, (_, i) => ({ _id: `o${i}`, user: i % 250, total: i * 2.5, lines: [{ sku: `s${i}`, qty: (i % 3) + 1 }] })));
  } finally {
    await client.close();
  }
}

/** Every collection of a database: its documents in _id order and its indexes (name, key, unique). */
export async function mongoSnapshot(uri: string, db: string): Promise<Json> {
  const client = new MongoClient(uri);
  try {
    const d = client.db(db);
    const out: Json = {};
    for (const c of (await d.listCollections({}, { nameOnly: true }).toArray()).map((x) => x.name).sort()) {
      const indexes = (await d.collection(c).indexes()).map((i) => ({ name: i.name, key: i.key, unique: !!i.unique })).sort((a, b) => String(a.name).localeCompare(String(b.name)));
      out[c] = { docs: await d.collection(c).find({}, { sort: { _id: 1 } }).toArray(), indexes };
    }
    return out;
  } finally {
    await client.close();
  }
}

export async function withMongo<T>(uri: string, fn: (c: MongoClient) => Promise<T>): Promise<T> {
  const client = new MongoClient(uri);
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

// ------------------------------------------------------------------ Redis
function redisClient(url: string, db: number): Redis {
  const u = new URL(url);
  return new Redis({ host: u.hostname, port: Number(u.port), db, maxRetriesPerRequest: 2 });
}

export async function withRedis<T>(url: string, db: number, fn: (r: Redis) => Promise<T>): Promise<T> {
  const r = redisClient(url, db);
  try {
    return await fn(r);
  } finally {
    r.disconnect();
  }
}

/** One key of every type (the marker is a short string value, stored as is in a DUMP payload), one with a TTL. */
export async function seedRedis(url: string, db: number, marker: string): Promise<void> {
  await withRedis(url, db, async (r) => {
    await r.flushdb();
    await r.set('greeting', marker);
    await r.set('counter', '42');
    await r.set('session:1', 'expires later', 'EX', 3600);
    await r.hset('user:1', { name: 'Ada', lang: 'en', visits: '3' });
    await r.rpush('queue', 'job-1', 'job-2', 'job-3');
    await r.sadd('colors', 'red', 'green', 'blue');
    await r.zadd('scores', 1.5, 'ada', 2.25, 'bob', -3, 'eve');
    await r.xadd('events', '1-1', 'type', 'signup', 'user', 'ada');
    await r.xadd('events', '1-2', 'type', 'login', 'user', 'ada');
    for (let i = 0; i < 150; i++) await r.set(`bulk:${i}`, `value ${i}`);
  });
}

/** Every key of a database: type, value in a comparable form, and whether it expires. */
export async function redisSnapshot(url: string, db: number): Promise<Json> {
  return withRedis(url, db, async (r) => {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await r.scan(cursor, 'COUNT', 500);
      keys.push(...batch);
      cursor = next;
    } while (cursor !== '0');
    const out: Json = {};
    for (const k of keys.sort()) {
      const type = await r.type(k);
      const value =
        type === 'string'
          ? await r.get(k)
          : type === 'hash'
            ? await r.hgetall(k)
            : type === 'list'
              ? await r.lrange(k, 0, -1)
              : type === 'set'
                ? (await r.smembers(k)).sort()
                : type === 'zset'
                  ? await r.zrange(k, 0, -1, 'WITHSCORES')
                  : type === 'stream'
                    ? await r.xrange(k, '-', '+')
                    : `(${type})`;
      out[k] = { type, value, expires: (await r.pttl(k)) > 0 };
    }
    return out;
  });
}

// ------------------------------------------------------------------ n8n
/** A minimal n8n public-API client, separate from bakup's so the code under test is checked against it. */
export class N8nAdmin {
  constructor(
    readonly url: string,
    readonly key: string,
  ) {}
  async req(method: string, p: string, body?: unknown): Promise<Json> {
    for (let i = 0; ; i++) {
      const res = await fetch(`${this.url}/api/v1${p}`, {
        method,
        headers: { 'X-N8N-API-KEY': this.key, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      // Unpublishing finishes in the background; n8n says so with a 409 "try again".
      if (res.status === 409 && /try again/i.test(text) && i < 20) {
        await new Promise((r) => setTimeout(r, 250));
        continue;
      }
      if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${text}`);
      return text ? (JSON.parse(text) as Json) : {};
    }
  }
  async list(p: string): Promise<Json[]> {
    const out: Json[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.req('GET', `${p}${p.includes('?') ? '&' : '?'}limit=250${cursor ? `&cursor=${cursor}` : ''}`);
      out.push(...(page.data as Json[]));
      cursor = (page.nextCursor as string | null) ?? undefined;
    } while (cursor);
    return out;
  }
  async workflows(): Promise<Json[]> {
    return (await this.list('/workflows')).filter((w) => !w.isArchived);
  }
  async byName(name: string): Promise<Json> {
    const w = (await this.workflows()).find((x) => x.name === name);
    if (!w) throw new Error(`no workflow named '${name}'`);
    return w;
  }
}

/** Three workflows (one active, tagged ones, one carrying the marker in a parameter). */
export async function seedN8n(a: N8nAdmin, marker: string): Promise<void> {
  const prod = await a.req('POST', '/tags', { name: 'prod' });
  const orders = await a.req('POST', '/workflows', {
    name: 'Fetch orders',
    nodes: [
      { id: '5e0c1f0e-1111-4a4a-9c9c-000000000001', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
      { id: '5e0c1f0e-1111-4a4a-9c9c-000000000002', name: 'Get orders', type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2, position: [220, 0], parameters: { url: `http://127.0.0.1:9/${marker}`, options: {} } },
    ],
    connections: { Start: { main: [[{ node: 'Get orders', type: 'main', index: 0 }]] } },
    settings: { executionOrder: 'v1', timezone: 'Europe/Berlin' },
  });
  await a.req('PUT', `/workflows/${orders.id}/tags`, [{ id: prod.id }]);
  const nightly = await a.req('POST', '/workflows', {
    name: 'Nightly report',
    nodes: [
      { id: '5e0c1f0e-2222-4a4a-9c9c-000000000001', name: 'Every day', type: 'n8n-nodes-base.scheduleTrigger', typeVersion: 1.2, position: [0, 0], parameters: { rule: { interval: [{ field: 'hours', hoursInterval: 24 }] } } },
      { id: '5e0c1f0e-2222-4a4a-9c9c-000000000002', name: 'Build', type: 'n8n-nodes-base.set', typeVersion: 3.4, position: [220, 0], parameters: { assignments: { assignments: [{ id: 'x1', name: 'report', value: 'daily', type: 'string' }] }, options: {} } },
    ],
    connections: { 'Every day': { main: [[{ node: 'Build', type: 'main', index: 0 }]] } },
    settings: { executionOrder: 'v1' },
  });
  await a.req('PUT', `/workflows/${nightly.id}/tags`, [{ id: prod.id }]);
  await a.req('POST', `/workflows/${nightly.id}/activate`);
  await a.req('POST', '/workflows', {
    name: 'Scratch ünïcode ✓',
    nodes: [
      { id: '5e0c1f0e-3333-4a4a-9c9c-000000000001', name: 'Go', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
      { id: '5e0c1f0e-3333-4a4a-9c9c-000000000002', name: 'Nothing', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [200, 0], parameters: {} },
    ],
    connections: { Go: { main: [[{ node: 'Nothing', type: 'main', index: 0 }]] } },
    settings: {},
  });
}

/** The parts of a workflow a restore must reproduce exactly (ids, timestamps and activation aside). */
export function essence(w: Json): Json {
  return {
    name: w.name,
    nodes: [...(w.nodes as Json[])].map(({ id: _id, ...n }) => n).sort((a, b) => String(a.name).localeCompare(String(b.name))),
    connections: w.connections,
    settings: w.settings,
    tags: ((w.tags ?? []) as Json[]).map((t) => t.name).sort(),
  };
}

/** Every (unarchived) workflow's essence, by name. */
export async function n8nSnapshot(a: N8nAdmin): Promise<Json[]> {
  return (await a.workflows()).map(essence).sort((x, y) => String(x.name).localeCompare(String(y.name)));
}
