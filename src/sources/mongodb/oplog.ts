// bson classes come through the driver: it is CommonJS, and instanceof only holds within one copy of bson.
import { MongoServerError, Timestamp, type Document, type MongoClient, type WriteConcern } from 'mongodb';
import { OperationalError, VerificationError } from '../../errors.js';
import { EXACT_BSON } from './metadata.js';

/**
 * Oplog capture (what `mongodump --oplog` does) and replay (what
 * `mongorestore --oplogReplay` does).
 *
 * Capture: before the first collection is read, note the newest oplog entry's
 * timestamp (or the oldest active transaction's start); after the last one,
 * note the newest again; check the oplog did not roll past the start; copy
 * every entry between the two (inclusive). Replaying those entries over the
 * dumped data yields the data as of the end timestamp: the backup's
 * consistency point.
 *
 * Replay: on a server that has `applyOps`, each entry is applied with it (the
 * server's own oplog-application semantics). Where it lacks it (FerretDB and
 * other compatible servers), entries are translated to ordinary commands:
 * inserts become upserts, updates ($v:2 diffs included) become update or
 * replace commands, deletes deleteOne, and DDL entries the matching command.
 */

export const OPLOG_NS = { db: '', collection: 'oplog' } as const;

export interface OplogPoint {
  t: number;
  i: number;
}

export function tsToPoint(ts: Timestamp): OplogPoint {
  return { t: ts.high, i: ts.low };
}

export function pointToTs(p: OplogPoint): Timestamp {
  return new Timestamp({ t: p.t, i: p.i });
}

export function compareTs(a: Timestamp, b: Timestamp): number {
  return a.high !== b.high ? (a.high < b.high ? -1 : 1) : a.low === b.low ? 0 : a.low < b.low ? -1 : 1;
}

/** True when the server keeps a replica-set oplog we can read. */
export async function hasOplog(client: MongoClient, setName: string | undefined): Promise<boolean> {
  if (!setName) return false;
  try {
    const cols = await client.db('local').listCollections({ name: 'oplog.rs' }, { nameOnly: true }).toArray();
    return cols.length > 0;
  } catch {
    return false;
  }
}

async function edgeEntryTs(client: MongoClient, direction: 1 | -1): Promise<Timestamp | undefined> {
  const coll = client.db('local').collection('oplog.rs');
  let doc: Document | null;
  try {
    doc = await coll.findOne({}, { sort: { $natural: direction }, projection: { ts: 1 } });
  } catch {
    // Servers without $natural ordering sort by ts instead (slower, same answer).
    doc = await coll.findOne({}, { sort: { ts: direction }, projection: { ts: 1 } });
  }
  const ts = doc?.ts as unknown;
  return ts instanceof Timestamp ? ts : undefined;
}

export const newestOplogTs = (client: MongoClient): Promise<Timestamp | undefined> => edgeEntryTs(client, -1);
export const oldestOplogTs = (client: MongoClient): Promise<Timestamp | undefined> => edgeEntryTs(client, 1);

/**
 * Where capture starts: the start of the oldest transaction still open (its
 * earlier entries are needed to replay it), else the newest entry.
 */
export async function oplogCaptureStart(client: MongoClient): Promise<Timestamp | undefined> {
  try {
    const t = await client
      .db('config')
      .collection('transactions')
      .findOne({ state: { $in: ['prepared', 'inProgress'] } }, { sort: { startOpTime: 1 } });
    const ts = (t?.startOpTime as Document | undefined)?.ts as unknown;
    if (ts instanceof Timestamp) return ts;
  } catch {
    // No config.transactions (not a replica set, or a compatible server): fall through.
  }
  return newestOplogTs(client);
}

export function captureFilter(start: Timestamp, end: Timestamp): Document {
  return { ts: { $gte: start, $lte: end } };
}

/** The namespace test a capture or a replay applies to entries; null means everything. */
export type NsFilter = ((db: string, collection: string) => boolean) | null;

/**
 * Checks one captured entry as mongodump does (some operations make a
 * consistent dump impossible) and decides whether it belongs to the scope.
 * Returns the entry to keep (possibly with a filtered applyOps), or null.
 */
export function scopeCapturedEntry(entry: Document, inScope: NsFilter): Document | null {
  const ns = typeof entry.ns === 'string' ? entry.ns : '';
  const o = (entry.o ?? {}) as Document;
  if (ns === 'admin.system.version') throw new OperationalError('cannot capture the oplog: admin.system.version was modified during the backup');
  if (o.renameCollection !== undefined) throw new OperationalError(`cannot capture the oplog: a collection was renamed during the backup (${String(o.renameCollection)}); run the backup again`);
  if (o.importCollection !== undefined) throw new OperationalError('cannot capture the oplog: importCollection ran during the backup');
  if (!inScope) return entry;
  const op = entry.op as string;
  if (op === 'n') return null;
  const { db, coll } = splitOplogNs(ns);
  if (op === 'c') {
    if (Array.isArray(o.applyOps)) {
      const kept = (o.applyOps as Document[]).map((e) => scopeCapturedEntry(e, inScope)).filter((e): e is Document => e !== null);
      if (!kept.length) return null;
      return { ...entry, o: { ...o, applyOps: kept } };
    }
    const target = commandTarget(o);
    return inScope(db, target ?? '') ? entry : null;
  }
  return inScope(db, coll) ? entry : null;
}

function splitOplogNs(ns: string): { db: string; coll: string } {
  const i = ns.indexOf('.');
  return i < 0 ? { db: ns, coll: '' } : { db: ns.slice(0, i), coll: ns.slice(i + 1) };
}

/** The collection a command entry acts on (its first field's value), when it names one. */
function commandTarget(o: Document): string | undefined {
  const first = Object.keys(o)[0];
  const v = first === undefined ? undefined : o[first];
  return typeof v === 'string' ? v : undefined;
}

// ---------------------------------------------------------------- replay

export type OplogAction =
  | { kind: 'upsert'; db: string; coll: string; filter: Document; doc: Document }
  | { kind: 'update'; db: string; coll: string; filter: Document; update: Document | Document[] }
  | { kind: 'replace'; db: string; coll: string; filter: Document; doc: Document }
  | { kind: 'delete'; db: string; coll: string; filter: Document }
  | { kind: 'command'; db: string; command: Document; ignoreCodes: number[] }
  | { kind: 'skip'; reason: string };

/** Maps an entry's namespace for the restore (renames, selection); null drops the entry. */
export type NsMapper = (db: string, coll: string) => { db: string; coll: string } | null;

const IGNORED_COMMANDS = new Set(['startIndexBuild', 'abortIndexBuild', 'commitTransaction', 'abortTransaction']);

/** Translates one oplog entry into the commands that reproduce it. Pure: tested on recorded entries. */
export function planOplogEntry(entry: Document, map: NsMapper): OplogAction[] {
  const op = entry.op as string;
  const ns = typeof entry.ns === 'string' ? entry.ns : '';
  const o = (entry.o ?? {}) as Document;
  if (op === 'n') return [{ kind: 'skip', reason: 'no-op' }];
  const { db, coll } = splitOplogNs(ns);
  if (op === 'c') return planCommand(db, o, map);
  const target = map(db, coll);
  if (!target) return [{ kind: 'skip', reason: `${ns} not restored` }];
  switch (op) {
    case 'i': {
      const filter = (entry.o2 as Document | undefined) ?? { _id: o._id };
      return [{ kind: 'upsert', db: target.db, coll: target.coll, filter, doc: o }];
    }
    case 'u': {
      const filter = entry.o2 as Document | undefined;
      if (!filter) throw new VerificationError(`oplog update on ${ns} has no o2 (document key)`);
      if (o.$v === 2 || (o.diff !== undefined && Object.keys(o).every((k) => k === '$v' || k === 'diff'))) {
        return diffToUpdates(o.diff as Document).map((update) => ({ kind: 'update' as const, db: target.db, coll: target.coll, filter, update }));
      }
      const keys = Object.keys(o);
      if (keys.some((k) => k.startsWith('$'))) {
        const update: Document = {};
        for (const k of keys) if (k !== '$v') update[k] = o[k];
        return [{ kind: 'update', db: target.db, coll: target.coll, filter, update }];
      }
      return [{ kind: 'replace', db: target.db, coll: target.coll, filter, doc: o }];
    }
    case 'd':
      return [{ kind: 'delete', db: target.db, coll: target.coll, filter: o }];
    default:
      throw new VerificationError(`oplog entry with unknown op '${op}' on ${ns}`);
  }
}

function planCommand(db: string, o: Document, map: NsMapper): OplogAction[] {
  const name = Object.keys(o)[0] ?? '';
  if (name === 'applyOps') {
    return (o.applyOps as Document[]).flatMap((e) => planOplogEntry(e, map));
  }
  if (IGNORED_COMMANDS.has(name)) return [{ kind: 'skip', reason: name }];
  if (name === 'dropDatabase') {
    const t = map(db, '');
    return t ? [{ kind: 'command', db: t.db, command: { dropDatabase: 1 }, ignoreCodes: [] }] : [{ kind: 'skip', reason: `database ${db} not restored` }];
  }
  if (name === 'renameCollection') {
    const from = splitOplogNs(String(o.renameCollection));
    const to = splitOplogNs(String(o.to));
    const f = map(from.db, from.coll);
    const t = map(to.db, to.coll);
    if (!f || !t) return [{ kind: 'skip', reason: 'rename outside the restored namespaces' }];
    return [{ kind: 'command', db: 'admin', command: { renameCollection: `${f.db}.${f.coll}`, to: `${t.db}.${t.coll}`, dropTarget: !!o.dropTarget }, ignoreCodes: [] }];
  }
  const collName = typeof o[name] === 'string' ? (o[name] as string) : '';
  const t = map(db, collName);
  if (!t) return [{ kind: 'skip', reason: `${db}.${collName} not restored` }];
  switch (name) {
    case 'create': {
      const { create: _c, idIndex: _i, ...rest } = o;
      return [{ kind: 'command', db: t.db, command: { create: t.coll, ...rest }, ignoreCodes: [48] }];
    }
    case 'drop':
      return [{ kind: 'command', db: t.db, command: { drop: t.coll }, ignoreCodes: [26] }];
    case 'createIndexes': {
      const { createIndexes: _c, ...spec } = o;
      return [{ kind: 'command', db: t.db, command: { createIndexes: t.coll, indexes: [stripIndexSpec(spec)] }, ignoreCodes: [85, 86] }];
    }
    case 'commitIndexBuild': {
      const indexes = ((o.indexes ?? []) as Document[]).map(stripIndexSpec);
      return [{ kind: 'command', db: t.db, command: { createIndexes: t.coll, indexes }, ignoreCodes: [85, 86] }];
    }
    case 'dropIndexes':
    case 'deleteIndex':
    case 'deleteIndexes': {
      const index = o.index ?? o.name;
      return [{ kind: 'command', db: t.db, command: { dropIndexes: t.coll, index }, ignoreCodes: [27, 26] }];
    }
    case 'collMod':
    case 'convertToCapped':
    case 'emptycapped':
      return [{ kind: 'command', db: t.db, command: { ...o, [name]: t.coll }, ignoreCodes: [] }];
    default:
      throw new OperationalError(`cannot replay oplog command '${name}' on ${db}; restore with --no-oplog-replay to skip the oplog`);
  }
}

/**
 * An index definition as dumped, made fit for createIndexes: `ns` is not
 * accepted by current servers, `v` (the index format version) is chosen by the
 * target server (compatible servers such as FerretDB reject it), and
 * `background` has been ignored since MongoDB 4.2.
 */
export function stripIndexSpec(spec: Document): Document {
  const { ns: _ns, v: _v, background: _b, ...rest } = spec;
  return rest;
}

function fieldOk(name: string, where: string): string {
  if (name.includes('.') || name.startsWith('$')) {
    throw new OperationalError(`cannot replay an oplog update of field '${where}${name}' (dots or a leading $) without the server's applyOps`);
  }
  return name;
}

/**
 * Turns a `$v: 2` oplog diff into update documents applied in order: first
 * any array truncations (pipeline updates), then one {$set, $unset}.
 */
export function diffToUpdates(diff: Document): (Document | Document[])[] {
  const set: Document = {};
  const unset: Document = {};
  const truncations: { path: string; length: number }[] = [];
  walkDiff(diff, '', set, unset, truncations, false);
  const updates: (Document | Document[])[] = truncations.map((t) => [{ $set: { [t.path]: { $slice: [`$${t.path}`, t.length] } } }]);
  const u: Document = {};
  if (Object.keys(set).length) u.$set = set;
  if (Object.keys(unset).length) u.$unset = unset;
  if (Object.keys(u).length) updates.push(u);
  return updates;
}

function walkDiff(diff: Document, prefix: string, set: Document, unset: Document, truncations: { path: string; length: number }[], insideArray: boolean): void {
  if (diff.a === true) {
    for (const [k, v] of Object.entries(diff)) {
      if (k === 'a') continue;
      if (k === 'l') {
        if (insideArray || prefix.split('.').some((p) => /^\d+$/.test(p))) {
          throw new OperationalError(`cannot replay an oplog resize of array '${prefix}' nested in an array without the server's applyOps`);
        }
        truncations.push({ path: prefix, length: Number(v) });
      } else if (k.startsWith('u')) {
        set[`${prefix}.${k.slice(1)}`] = v;
      } else if (k.startsWith('s')) {
        walkDiff(v as Document, `${prefix}.${k.slice(1)}`, set, unset, truncations, true);
      } else {
        throw new VerificationError(`unknown array diff field '${k}' in an oplog update of '${prefix}'`);
      }
    }
    return;
  }
  const p = prefix ? `${prefix}.` : '';
  for (const [k, v] of Object.entries(diff)) {
    if (k === 'd') {
      for (const f of Object.keys(v as Document)) unset[p + fieldOk(f, p)] = '';
    } else if (k === 'u' || k === 'i') {
      for (const [f, val] of Object.entries(v as Document)) set[p + fieldOk(f, p)] = val;
    } else if (k.startsWith('s')) {
      walkDiff(v as Document, p + fieldOk(k.slice(1), p), set, unset, truncations, insideArray);
    } else {
      throw new VerificationError(`unknown diff field '${k}' in an oplog update of '${prefix || '<document>'}'`);
    }
  }
}

/** Applies entries one by one, with applyOps where the server has it. */
export class OplogReplayer {
  private useApplyOps: boolean | undefined;
  applied = 0;
  skipped = 0;

  constructor(
    private readonly client: MongoClient,
    private readonly map: NsMapper,
    private readonly writeConcern: WriteConcern | undefined,
    private readonly renames: boolean,
  ) {}

  private async probeApplyOps(): Promise<boolean> {
    // With renames the entries' namespaces and uuids would have to be rewritten
    // for applyOps; the translated path handles renames natively.
    if (this.renames) return false;
    try {
      await this.client.db('admin').command({ applyOps: [] });
      return true;
    } catch {
      return false;
    }
  }

  async apply(entry: Document): Promise<void> {
    this.useApplyOps ??= await this.probeApplyOps();
    if (this.useApplyOps && entry.op !== 'n') {
      const { ui: _ui, ...rest } = entry; // uuids differ on the target
      const ns = typeof entry.ns === 'string' ? entry.ns : '';
      const { db, coll } = splitOplogNs(ns);
      if (entry.op !== 'c' && !this.map(db, coll)) {
        this.skipped++;
        return;
      }
      await this.client.db('admin').command({ applyOps: [rest] }, EXACT_BSON);
      this.applied++;
      return;
    }
    for (const a of planOplogEntry(entry, this.map)) await this.run(a);
  }

  private async run(a: OplogAction): Promise<void> {
    const wc = this.writeConcern ? { writeConcern: this.writeConcern } : {};
    switch (a.kind) {
      case 'skip':
        this.skipped++;
        return;
      case 'upsert':
        await this.client.db(a.db).collection(a.coll).replaceOne(a.filter, a.doc, { upsert: true, ...wc });
        break;
      case 'replace':
        await this.client.db(a.db).collection(a.coll).replaceOne(a.filter, a.doc, { upsert: true, ...wc });
        break;
      case 'update':
        await this.client.db(a.db).collection(a.coll).updateOne(a.filter, a.update, wc);
        break;
      case 'delete':
        await this.client.db(a.db).collection(a.coll).deleteOne(a.filter, wc);
        break;
      case 'command':
        try {
          await this.client.db(a.db).command(a.command);
        } catch (err) {
          if (!(err instanceof MongoServerError && typeof err.code === 'number' && a.ignoreCodes.includes(err.code))) throw err;
        }
        break;
    }
    this.applied++;
  }
}
