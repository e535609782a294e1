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

/**
 * True when the server keeps an oplog we can read: a replica-set member's, or,
 * when the user asks for it with --oplog, a local.oplog.rs on a server that
 * does not call itself a replica set (mongo-java-server with its oplog on). A
 * standalone mongod is never trusted by default: a stale local.oplog.rs left
 * from its replica-set days is no longer written.
 */
export async function hasOplog(client: MongoClient, setName: string | undefined, explicit = false): Promise<boolean> {
  if (!setName && !explicit) return false;
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
  const { db, coll } = splitOplogNs(ns);
  // A scoped backup only cares about what touches its scope.
  const touches = (d: string, c: string): boolean => !inScope || inScope(d, c);
  if (ns === 'admin.system.version' && !inScope) throw new OperationalError('cannot capture the oplog: admin.system.version was modified during the backup');
  if (o.renameCollection !== undefined) {
    const from = splitOplogNs(String(o.renameCollection));
    const to = splitOplogNs(String(o.to));
    if (touches(from.db, from.coll) || touches(to.db, to.coll)) {
      throw new OperationalError(`cannot capture the oplog: a collection was renamed during the backup (${String(o.renameCollection)}); run the backup again`);
    }
    return null;
  }
  if (o.importCollection !== undefined && touches(db, String(o.importCollection))) throw new OperationalError('cannot capture the oplog: importCollection ran during the backup');
  if (!inScope) return entry;
  const op = entry.op as string;
  if (op === 'n') return null;
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


/**
 * Decides whether an oplog slice (an incremental backup) keeps an entry. Unlike
 * a capture during a dump, renames are ordinary history here; but a collection
 * renamed into the scope from outside it, or imported, brings documents no
 * entry holds, so the slice cannot represent it and the backup fails.
 * Periodic no-ops and admin.system.version (feature compatibility) are dropped.
 */
export function scopeSliceEntry(entry: Document, inScope: (db: string, collection: string) => boolean): Document | null {
  const ns = typeof entry.ns === 'string' ? entry.ns : '';
  const o = (entry.o ?? {}) as Document;
  const op = entry.op as string;
  if (op === 'n' || ns === 'admin.system.version') return null;
  const { db, coll } = splitOplogNs(ns);
  if (op !== 'c') return inScope(db, coll) ? entry : null;
  if (Array.isArray(o.applyOps)) {
    const kept = (o.applyOps as Document[]).map((e) => scopeSliceEntry(e, inScope)).filter((e): e is Document => e !== null);
    if (!kept.length) return null;
    return kept.length === o.applyOps.length ? entry : { ...entry, o: { ...o, applyOps: kept } };
  }
  if (o.importCollection !== undefined) {
    const target = splitOplogNs(String(o.importCollection));
    if (inScope(db, target.coll || String(o.importCollection))) {
      throw new OperationalError(`importCollection on ${db}.${String(o.importCollection)}: the imported documents are not in the oplog; take a full backup`);
    }
    return null;
  }
  if (o.renameCollection !== undefined) {
    const from = splitOplogNs(String(o.renameCollection));
    const to = splitOplogNs(String(o.to));
    const fromIn = inScope(from.db, from.coll);
    const toIn = inScope(to.db, to.coll);
    if (toIn && !fromIn) {
      throw new OperationalError(
        `${String(o.renameCollection)} was renamed to ${String(o.to)}, into the backed-up namespaces from outside them: its documents are in no backup of this chain; take a full backup`,
      );
    }
    return fromIn ? entry : null;
  }
  return inScope(db, commandTarget(o) ?? '') ? entry : null;
}

/** The namespaces an entry writes to (what a restore must find empty or drop); database-wide commands name none. */
export function namespacesTouched(entry: Document, out: Set<string>): void {
  const ns = typeof entry.ns === 'string' ? entry.ns : '';
  const o = (entry.o ?? {}) as Document;
  const op = entry.op as string;
  if (op === 'n') return;
  const { db, coll } = splitOplogNs(ns);
  if (op !== 'c') {
    out.add(`${db}.${coll}`);
    return;
  }
  if (Array.isArray(o.applyOps)) {
    for (const e of o.applyOps as Document[]) namespacesTouched(e, out);
    return;
  }
  if (o.renameCollection !== undefined) {
    out.add(String(o.renameCollection));
    out.add(String(o.to));
    return;
  }
  // dropDatabase writes to every collection of its database: `db.` stands for all of them.
  if ('dropDatabase' in o) out.add(`${db}.`);
  else {
    const target = commandTarget(o);
    if (target !== undefined) out.add(`${db}.${target}`);
  }
}

// ---------------------------------------------------------------- replay

export type OplogAction =
  | { kind: 'upsert'; db: string; coll: string; filter: Document; doc: Document }
  | { kind: 'update'; db: string; coll: string; filter: Document; update: Document }
  | { kind: 'diff'; db: string; coll: string; filter: Document; diff: Document }
  | { kind: 'replace'; db: string; coll: string; filter: Document; doc: Document }
  | { kind: 'delete'; db: string; coll: string; filter: Document }
  | { kind: 'command'; db: string; command: Document; ignoreCodes: number[] }
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'skip'; reason: string };

/** Maps an entry's namespace for the restore (renames, selection); null drops the entry. */
export type NsMapper = (db: string, coll: string) => { db: string; coll: string } | null;

const IGNORED_COMMANDS = new Set(['startIndexBuild', 'abortIndexBuild', 'commitTransaction', 'abortTransaction']);

/**
 * Rewrites the shapes MongoDB-compatible servers write into the ones MongoDB
 * writes, so both replay paths see one dialect: FerretDB logs every update as
 * `{$v: 1, $set: <the whole new document, _id included>}` (MongoDB never sets
 * _id in an update entry), which is a replacement; FerretDB and
 * mongo-java-server give entries an ObjectId `_id`, which applyOps rejects.
 */
export function normalizeEntry(entry: Document): Document {
  let e = entry;
  if (e._id !== undefined && e.ts !== undefined) {
    const { _id: _drop, ...rest } = e;
    e = rest;
  }
  if (e.op === 'u') {
    const o = (e.o ?? {}) as Document;
    const keys = Object.keys(o);
    const set = o.$set as Document | undefined;
    if (set && typeof set === 'object' && '_id' in set && keys.every((k) => k === '$set' || k === '$v')) e = { ...e, o: set };
  } else if (e.op === 'c' && Array.isArray((e.o as Document | undefined)?.applyOps)) {
    const o = e.o as Document;
    e = { ...e, o: { ...o, applyOps: (o.applyOps as Document[]).map(normalizeEntry) } };
  }
  return e;
}

function isDiffUpdate(o: Document): boolean {
  return Number(o.$v) === 2 || (o.diff !== undefined && Object.keys(o).every((k) => k === '$v' || k === 'diff'));
}

/** Translates one oplog entry into the commands that reproduce it. Pure: tested on recorded entries. */
export function planOplogEntry(raw: Document, map: NsMapper): OplogAction[] {
  const entry = normalizeEntry(raw);
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
      if (isDiffUpdate(o)) return [{ kind: 'diff', db: target.db, coll: target.coll, filter, diff: o.diff as Document }];
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
    if (!f) return [{ kind: 'skip', reason: 'rename of a collection that is not restored' }];
    // Renamed out of the restored namespaces: as far as the restore is concerned, the collection is gone.
    if (!t) return [{ kind: 'command', db: f.db, command: { drop: f.coll }, ignoreCodes: [26] }];
    return [{ kind: 'rename', from: `${f.db}.${f.coll}`, to: `${t.db}.${t.coll}` }];
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
      return [{ kind: 'command', db: t.db, command: { ...o, [name]: t.coll }, ignoreCodes: [26] }];
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

// ---------------------------------------------------------------- $v: 2 diffs

function isPlainDocument(v: unknown): v is Document {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function isArrayDiff(d: Document): boolean {
  return d.a === true;
}

/** Sets a field without letting a name such as `__proto__` reach the prototype. */
function put(out: Document, name: string, value: unknown): void {
  Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Applies a `$v: 2` oplog diff to a document the way MongoDB's applier does
 * (src/mongo/db/update/document_diff_applier.cpp): fields are deleted (`d`),
 * replaced in place (`u`; appended when absent), moved to the end with their
 * new value (`i`), or diffed recursively (`s<field>`, arrays when `a: true`,
 * with `l` the new length and `u<n>`/`s<n>` per index). A sub-diff whose field
 * has another type, or an index past the array's end, becomes null: a later
 * entry rewrites it, which is what makes applying a diff twice harmless.
 */
export function applyDocumentDiff(pre: Document, diff: Document): Document {
  const deletes = new Set<string>();
  const updates = new Map<string, unknown>();
  const inserts = new Map<string, unknown>();
  const subDiffs = new Map<string, Document>();
  const appendOrder: [string, unknown][] = [];
  for (const [k, v] of Object.entries(diff)) {
    if (k === 'd') for (const f of Object.keys(v as Document)) deletes.add(f);
    else if (k === 'u' || k === 'i') continue;
    else if (k.startsWith('s') && k.length > 1) subDiffs.set(k.slice(1), v as Document);
    else throw new VerificationError(`unknown field '${k}' in an oplog diff`);
  }
  // MongoDB reads every update before every insert, whatever their order in the diff.
  for (const [f, v] of Object.entries((diff.u ?? {}) as Document)) {
    updates.set(f, v);
    appendOrder.push([f, v]);
  }
  for (const [f, v] of Object.entries((diff.i ?? {}) as Document)) {
    inserts.set(f, v);
    appendOrder.push([f, v]);
  }
  const out: Document = {};
  const written = new Set<string>();
  for (const [k, v] of Object.entries(pre)) {
    if (deletes.has(k) || inserts.has(k)) continue;
    if (updates.has(k)) {
      put(out, k, updates.get(k));
      written.add(k);
      continue;
    }
    const sub = subDiffs.get(k);
    if (!sub) put(out, k, v);
    else if (isArrayDiff(sub)) put(out, k, Array.isArray(v) ? applyArrayDiff(v, sub) : null);
    else put(out, k, isPlainDocument(v) ? applyDocumentDiff(v, sub) : null);
  }
  for (const [k, v] of appendOrder) if (!written.has(k)) put(out, k, v);
  return out;
}

function applyArrayDiff(pre: unknown[], diff: Document): unknown[] {
  const size = diff.l === undefined ? undefined : Number(diff.l);
  const mods = new Map<number, { update: unknown } | { sub: Document }>();
  for (const [k, v] of Object.entries(diff)) {
    if (k === 'a' || k === 'l') continue;
    const idx = Number(k.slice(1));
    if (!/^[us]\d+$/.test(k) || !Number.isSafeInteger(idx)) throw new VerificationError(`unknown field '${k}' in an oplog array diff`);
    mods.set(idx, k[0] === 'u' ? { update: v } : { sub: v as Document });
  }
  const lastMod = mods.size ? Math.max(...mods.keys()) : -1;
  const end = size ?? Math.max(pre.length, lastMod + 1);
  const out: unknown[] = [];
  for (let i = 0; i < end; i++) {
    const has = i < pre.length;
    const mod = mods.get(i);
    if (!mod) out.push(has ? pre[i] : null);
    else if ('update' in mod) out.push(mod.update);
    else if (!has) out.push(null);
    else if (isArrayDiff(mod.sub)) out.push(Array.isArray(pre[i]) ? applyArrayDiff(pre[i] as unknown[], mod.sub) : null);
    else out.push(isPlainDocument(pre[i]) ? applyDocumentDiff(pre[i] as Document, mod.sub) : null);
  }
  return out;
}

/**
 * Update operators whose effect depends on the document they apply to. MongoDB never logs them (its entries hold
 * results: `$v: 2` diffs, `$set`/`$unset`), but mongo-java-server logs the operators it was given.
 */
const NON_IDEMPOTENT = new Set(['$inc', '$mul', '$push', '$pop', '$pull', '$pullAll', '$rename', '$bit', '$currentDate']);

/** Applies entries one by one, with applyOps where the server has it. */
export class OplogReplayer {
  private useApplyOps: boolean | undefined;
  applied = 0;
  skipped = 0;
  /** Updates replayed with operators that apply again if an entry is replayed twice (see NON_IDEMPOTENT). */
  nonIdempotent = 0;
  /** Diff updates whose document was not there (deleted later in the history, or by this replay's start). */
  missing = 0;

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

  async apply(raw: Document): Promise<void> {
    this.useApplyOps ??= await this.probeApplyOps();
    if (this.useApplyOps && raw.op !== 'n') {
      const { ui: _ui, ...rest } = normalizeEntry(raw); // uuids differ on the target
      const ns = typeof rest.ns === 'string' ? rest.ns : '';
      const { db, coll } = splitOplogNs(ns);
      if (rest.op !== 'c' && !this.map(db, coll)) {
        this.skipped++;
        return;
      }
      await this.client.db('admin').command({ applyOps: [rest] }, EXACT_BSON);
      this.applied++;
      return;
    }
    for (const a of planOplogEntry(raw, this.map)) await this.run(a);
  }

  private async run(a: OplogAction): Promise<void> {
    const wc = this.writeConcern ? { writeConcern: this.writeConcern } : {};
    switch (a.kind) {
      case 'skip':
        this.skipped++;
        return;
      case 'upsert':
      case 'replace':
        await this.client.db(a.db).collection(a.coll).replaceOne(a.filter, a.doc, { upsert: true, ...wc });
        break;
      case 'update':
        if (Object.keys(a.update).some((k) => NON_IDEMPOTENT.has(k))) this.nonIdempotent++;
        await this.client.db(a.db).collection(a.coll).updateOne(a.filter, a.update, wc);
        break;
      case 'diff': {
        // Read, apply, write back: exact for every diff (nested array resizes, type changes, field order),
        // which a translation into $set/$unset is not.
        const coll = this.client.db(a.db).collection(a.coll);
        const pre = await coll.findOne(a.filter, EXACT_BSON);
        if (!pre) {
          this.missing++;
          return;
        }
        await coll.replaceOne({ _id: pre._id }, applyDocumentDiff(pre, a.diff), wc);
        break;
      }
      case 'delete':
        await this.client.db(a.db).collection(a.coll).deleteOne(a.filter, wc);
        break;
      case 'rename':
        await this.rename(a.from, a.to);
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

  /**
   * The history says the target did not exist when the rename ran; one that exists now was left by an earlier
   * run of this replay, so it is dropped first, and a source that run already renamed is no error. (dropTarget
   * would say the same in one command, but compatible servers such as FerretDB do not implement it.)
   */
  private async rename(from: string, to: string): Promise<void> {
    const admin = this.client.db('admin');
    try {
      await admin.command({ renameCollection: from, to });
    } catch (err) {
      const code = err instanceof MongoServerError ? err.code : undefined;
      if (code === 26) return; // NamespaceNotFound: already renamed
      if (code !== 48) throw err; // NamespaceExists: the target is in the way
      const t = splitOplogNs(to);
      await this.client.db(t.db).collection(t.coll).drop();
      await admin.command({ renameCollection: from, to });
    }
  }
}
