import { describe, expect, it } from '@jest/globals';
import { BSON, Int32, Long, Timestamp, UUID, type Document } from 'mongodb';
import { UsageError, OperationalError, VerificationError } from '../../src/errors.js';
import { dataCollectionOf } from '../../src/formats/mongo-archive/format.js';
import { ContentDigest, buildFingerprint } from '../../src/sources/mongodb/fingerprint.js';
import { EXACT_BSON, decodeMetadata, encodeMetadata, uuidHex } from '../../src/sources/mongodb/metadata.js';
import { NsMatcher, NsRenamer } from '../../src/sources/mongodb/namespace.js';
import { applyDocumentDiff, namespacesTouched, normalizeEntry, planOplogEntry, scopeCapturedEntry, scopeSliceEntry, type NsMapper } from '../../src/sources/mongodb/oplog.js';
import { SliceDigest, stopPosition } from '../../src/sources/mongodb/incremental.js';
import { bsonDocuments } from '../../src/formats/bson-stream/reader.js';
import { FERRETDB_RECORDED, JAVA_SERVER_RECORDED, MONGO_DIFF_CASES, MONGO_TOOLS_DDL, MONGO_TOOLS_VECTORED_INSERTS, renameEntry } from '../helpers/mongo-oplog-fixtures.js';
import { parseWriteConcern, resolveMongoOptions } from '../../src/sources/mongodb/options.js';
import { parseMongoUri } from '../../src/sources/mongodb/client.js';
import { fullFidelityDocs } from '../integration/mongodb-fidelity.js';

describe('namespace patterns (mongorestore/ns semantics)', () => {
  it('matches whole namespaces with * spanning dots, and escapes', () => {
    const m = new NsMatcher(['app.*', 'logs.2026\\*', 'x.a*b']);
    expect(m.has('app.users')).toBe(true);
    expect(m.has('app.system.js')).toBe(true);
    expect(m.has('app')).toBe(false);
    expect(m.has('apps.users')).toBe(false);
    expect(m.has('logs.2026*')).toBe(true);
    expect(m.has('logs.2026x')).toBe(false);
    expect(m.has('x.a.anything.b')).toBe(true);
    expect(new NsMatcher(['a.(b)+[c]']).has('a.(b)+[c]')).toBe(true);
    expect(() => new NsMatcher(['a.$b$'])).toThrow(UsageError);
  });
  it('renames with paired asterisks or $variables$, the last pair winning', () => {
    expect(new NsRenamer(['app.*'], ['staging.*']).get('app.users')).toBe('staging.users');
    expect(new NsRenamer(['app.*'], ['staging.*']).get('other.users')).toBe('other.users');
    expect(new NsRenamer(['*.*'], ['restored_*.*']).get('app.users.archive')).toBe('restored_app.users.archive');
    expect(new NsRenamer(['$db$.$coll$'], ['$coll$.$db$']).get('app.users')).toBe('users.app');
    expect(new NsRenamer(['app.*', 'app.users'], ['a.*', 'special.people']).get('app.users')).toBe('special.people');
    expect(() => new NsRenamer(['app.*'], ['x.y'])).toThrow(/different numbers of '\*'/);
    expect(() => new NsRenamer(['$a$.x'], ['$b$.x'])).toThrow(/unknown variable/);
  });
});

describe('options', () => {
  it('normalises and refuses bad values with the flag named', () => {
    const o = resolveMongoOptions({ include: ['a.*'], overwrite: true, readPreference: 'SECONDARY', writeConcern: 'majority' });
    expect(o.include.has('a.b')).toBe(true);
    expect(o.drop).toBe(true);
    // The CLI and the action pass drop=false when --drop is not given: --overwrite must still mean drop.
    expect(resolveMongoOptions({ overwrite: true, drop: false }).drop).toBe(true);
    expect(o.readPreference?.mode).toBe('secondary');
    expect(o.writeConcern?.w).toBe('majority');
    expect(parseWriteConcern('{"w":2,"j":true}')).toMatchObject({ w: 2, journal: true });
    expect(parseWriteConcern('3')?.w).toBe(3);
    expect(() => resolveMongoOptions({ parallelCollections: 0 })).toThrow(/--parallel-collections: 0/);
    expect(() => resolveMongoOptions({ query: '[1]' })).toThrow(/--query: expected a JSON object/);
    expect(() => resolveMongoOptions({ writeConcern: '{nope' })).toThrow(/--write-concern: not valid JSON/);
  });
  it('reads the database scope from the URI and hides credentials', () => {
    const l = parseMongoUri('mongodb://u:p4ssw0rd@h1:27017,h2/my%2Ddb?replicaSet=rs0&authSource=admin');
    expect(l.db).toBe('my-db');
    expect(l.safe).not.toContain('p4ssw0rd');
    expect(parseMongoUri('mongodb+srv://c.example.net/').db).toBeUndefined();
    expect(() => parseMongoUri('http://x')).toThrow(UsageError);
  });
});

describe('metadata text, as mongodump writes it', () => {
  it('matches mongodump 100.x output for a capped collection and an empty one', () => {
    // Recorded from the real mongodump (mongo-tools master) against FerretDB 1.24.
    const capped =
      '{"options":{"capped":true,"size":{"$numberLong":"65536"},"max":{"$numberLong":"100"}},"indexes":[{"v":{"$numberInt":"2"},"key":{"_id":{"$numberInt":"1"}},"name":"_id_"}],"uuid":"3d406e686a4242b483be92fb0773f575","collectionName":"capped","type":"collection"}';
    const empty =
      '{"indexes":[{"v":{"$numberInt":"2"},"key":{"_id":{"$numberInt":"1"}},"name":"_id_"}],"uuid":"116196804f0244018749039ae1408947","collectionName":"empty","type":"collection"}';
    for (const text of [capped, empty]) {
      const m = decodeMetadata(text, 'probe.x', 'test');
      expect(encodeMetadata(m)).toBe(text);
    }
    const info = { uuid: new UUID('3d406e68-6a42-42b4-83be-92fb0773f575') };
    expect(uuidHex(info)).toBe('3d406e686a4242b483be92fb0773f575');
    expect(encodeMetadata({ options: { capped: true, size: Long.fromNumber(65536), max: Long.fromNumber(100) }, indexes: [{ v: new Int32(2), key: { _id: new Int32(1) }, name: '_id_' }], uuid: uuidHex(info), collectionName: 'capped', type: 'collection' })).toBe(capped);
  });
  it('files pre-8.3 time series data under system.buckets', () => {
    expect(dataCollectionOf({ collection: 'weather', type: 'timeseries' }, '7.0.12')).toBe('system.buckets.weather');
    expect(dataCollectionOf({ collection: 'weather', type: 'timeseries' }, '8.3.0')).toBe('weather');
    expect(dataCollectionOf({ collection: 'users', type: 'collection' }, '7.0.12')).toBe('users');
  });
});

describe('document codec used on restore', () => {
  it('re-encodes every type of the fidelity set to the same bytes', () => {
    for (const doc of fullFidelityDocs()) {
      const raw = Buffer.from(BSON.serialize(doc));
      const again = Buffer.from(BSON.serialize(BSON.deserialize(raw, { ...EXACT_BSON, validation: { utf8: false } }), { checkKeys: false, ignoreUndefined: false }));
      expect(again.toString('hex')).toBe(raw.toString('hex'));
    }
  });
});

describe('content digest', () => {
  it('ignores order, sees every byte and every duplicate', () => {
    const docs = [1, 2, 3].map((i) => Buffer.from(BSON.serialize({ _id: i, v: 'x' })));
    const a = new ContentDigest();
    const b = new ContentDigest();
    docs.forEach((d) => a.add(d));
    [...docs].reverse().forEach((d) => b.add(d));
    expect(a.digest()).toBe(b.digest());
    const c = new ContentDigest();
    [docs[0]!, docs[1]!, docs[1]!].forEach((d) => c.add(d));
    expect(c.digest()).not.toBe(a.digest());
    const changed = Buffer.from(docs[2]!);
    changed[changed.length - 3] = changed[changed.length - 3]! ^ 1;
    const d = new ContentDigest();
    [docs[0]!, docs[1]!, changed].forEach((x) => d.add(x));
    expect(d.digest()).not.toBe(a.digest());
    const fp = buildFingerprint(new Map([['b', { count: 1, digest: 'x' }], ['a', { count: 2, digest: 'y' }]]));
    expect(Object.keys(fp.items!)).toEqual(['a', 'b']);
    expect(fp.summary).toEqual({ collections: 2, documents: 3 });
  });
});

/** Entries in the shape MongoDB 6/7 writes them (docs.mongodb.com and a 7.0 replica set's local.oplog.rs). */
const ui = new UUID('4f1b2a3c-1111-2222-3333-444455556666');
const ts = new Timestamp({ t: 1_764_100_000, i: 3 });
const identity: NsMapper = (db, coll) => ({ db, coll });

describe('oplog replay plans (recorded MongoDB entries)', () => {
  it('turns inserts into upserts by document key, deletes into deleteOne', () => {
    expect(planOplogEntry({ ts, op: 'i', ns: 'app.users', ui, o: { _id: 5, a: 1 } }, identity)).toEqual([
      { kind: 'upsert', db: 'app', coll: 'users', filter: { _id: 5 }, doc: { _id: 5, a: 1 } },
    ]);
    // Sharded collections record the shard key with _id in o2.
    expect(planOplogEntry({ ts, op: 'i', ns: 'app.users', ui, o: { _id: 5, region: 'eu' }, o2: { region: 'eu', _id: 5 } }, identity)[0]).toMatchObject({ filter: { region: 'eu', _id: 5 } });
    expect(planOplogEntry({ ts, op: 'd', ns: 'app.users', ui, o: { _id: 5 } }, identity)).toEqual([{ kind: 'delete', db: 'app', coll: 'users', filter: { _id: 5 } }]);
    expect(planOplogEntry({ ts, op: 'n', ns: '', o: { msg: 'periodic noop' } }, identity)).toEqual([{ kind: 'skip', reason: 'no-op' }]);
  });

  it('plans $v:2 diffs (applied exactly, see below), $v:1 modifiers and replacements', () => {
    const plan = planOplogEntry({ ts, op: 'u', ns: 'app.users', ui, o: { $v: new Int32(2), diff: { u: { n: 1 } } }, o2: { _id: 7 } }, identity);
    expect(plan).toEqual([{ kind: 'diff', db: 'app', coll: 'users', filter: { _id: 7 }, diff: { u: { n: 1 } } }]);
    expect(planOplogEntry({ ts, op: 'u', ns: 'app.users', o: { $v: 1, $set: { a: 1 }, $unset: { b: true } }, o2: { _id: 7 } }, identity)).toEqual([
      { kind: 'update', db: 'app', coll: 'users', filter: { _id: 7 }, update: { $set: { a: 1 }, $unset: { b: true } } },
    ]);
    expect(planOplogEntry({ ts, op: 'u', ns: 'app.users', o: { _id: 7, whole: 'doc' }, o2: { _id: 7 } }, identity)).toEqual([
      { kind: 'replace', db: 'app', coll: 'users', filter: { _id: 7 }, doc: { _id: 7, whole: 'doc' } },
    ]);
  });

  it('normalises what compatible servers write: FerretDB whole-document $set is a replacement, _id fields go', () => {
    // Recorded from FerretDB 1.24.2: the $unset of x and the replacement only show as a smaller whole document.
    const [, , third] = FERRETDB_RECORDED;
    const n = normalizeEntry(third!);
    expect(n._id).toBeUndefined();
    expect(Object.keys(n.o as Document)).toEqual(['_id', 'arr', 'y', 'n']);
    expect(planOplogEntry(third!, identity)[0]).toMatchObject({ kind: 'replace', filter: { _id: new Int32(1) } });
    // mongo-java-server logs the operators it was given; a dotted $set is passed on as an update.
    const [javaSet, javaDrop] = JAVA_SERVER_RECORDED;
    expect(normalizeEntry(javaSet!)._id).toBeUndefined();
    expect(planOplogEntry(javaSet!, identity)[0]).toMatchObject({ kind: 'update', update: { $set: { x: new Int32(2), 'y.z': new Int32(3) } } });
    expect(planOplogEntry(javaDrop!, identity)).toEqual([{ kind: 'command', db: 'explore', command: { drop: 'b' }, ignoreCodes: [26] }]);
    // MongoDB's own $v:1 entries never set _id: they stay modifiers.
    expect(normalizeEntry({ ts, op: 'u', ns: 'a.b', o: { $v: 1, $set: { x: 1 } }, o2: { _id: 1 } }).o).toEqual({ $v: 1, $set: { x: 1 } });
  });

  it('unpacks transactions (applyOps) and maps namespaces, dropping unselected ones', () => {
    const txn: Document = {
      ts,
      op: 'c',
      ns: 'admin.$cmd',
      o: { applyOps: [{ op: 'i', ns: 'app.users', ui, o: { _id: 1 } }, { op: 'd', ns: 'other.things', ui, o: { _id: 2 } }] },
      lsid: { id: ui },
      txnNumber: Long.fromNumber(4),
    };
    const map: NsMapper = (db, coll) => (db === 'app' ? { db: 'restored', coll } : null);
    expect(planOplogEntry(txn, map)).toEqual([
      { kind: 'upsert', db: 'restored', coll: 'users', filter: { _id: 1 }, doc: { _id: 1 } },
      { kind: 'skip', reason: 'other.things not restored' },
    ]);
  });

  it('replays DDL as the equivalent commands', () => {
    const idIndex = { v: 2, key: { _id: 1 }, name: '_id_' };
    expect(planOplogEntry({ ts, op: 'c', ns: 'app.$cmd', o: { create: 'logs', capped: true, size: 1000, idIndex } }, identity)).toEqual([
      { kind: 'command', db: 'app', command: { create: 'logs', capped: true, size: 1000 }, ignoreCodes: [48] },
    ]);
    expect(planOplogEntry({ ts, op: 'c', ns: 'app.$cmd', o: { createIndexes: 'users', v: 2, key: { email: 1 }, name: 'email_1', unique: true } }, identity)).toEqual([
      { kind: 'command', db: 'app', command: { createIndexes: 'users', indexes: [{ key: { email: 1 }, name: 'email_1', unique: true }] }, ignoreCodes: [85, 86] },
    ]);
    expect(planOplogEntry({ ts, op: 'c', ns: 'app.$cmd', o: { commitIndexBuild: 'users', indexBuildUUID: ui, indexes: [{ v: 2, key: { a: 1 }, name: 'a_1' }] } }, identity)[0]).toMatchObject({
      command: { createIndexes: 'users', indexes: [{ key: { a: 1 }, name: 'a_1' }] },
    });
    expect(planOplogEntry({ ts, op: 'c', ns: 'app.$cmd', o: { startIndexBuild: 'users', indexBuildUUID: ui, indexes: [] } }, identity)).toEqual([{ kind: 'skip', reason: 'startIndexBuild' }]);
    expect(planOplogEntry({ ts, op: 'c', ns: 'app.$cmd', o: { drop: 'logs' }, o2: { numRecords: 0 } }, identity)).toEqual([{ kind: 'command', db: 'app', command: { drop: 'logs' }, ignoreCodes: [26] }]);
    expect(planOplogEntry({ ts, op: 'c', ns: 'app.$cmd', o: { dropIndexes: 'users', index: 'a_1' } }, identity)[0]).toMatchObject({ command: { dropIndexes: 'users', index: 'a_1' } });
    expect(planOplogEntry({ ts, op: 'c', ns: 'app.$cmd', o: { renameCollection: 'app.a', to: 'app.b', stayTemp: false } }, identity)).toEqual([
      { kind: 'rename', from: 'app.a', to: 'app.b' },
    ]);
    expect(() => planOplogEntry({ ts, op: 'c', ns: 'app.$cmd', o: { somethingNew: 'x' } }, identity)).toThrow(/cannot replay oplog command 'somethingNew'/);
  });
});

describe('$v:2 diffs applied as MongoDB applies them (recorded entries from MongoDB jstests)', () => {
  for (const c of MONGO_DIFF_CASES) {
    it(`${c.what}: the post-image MongoDB asserts, and the same again when applied twice`, () => {
      const once = applyDocumentDiff(c.pre, c.update.diff as Document);
      expect(once).toEqual(c.post);
      // Field order is part of the document's bytes.
      expect(Buffer.from(BSON.serialize(once))).toEqual(Buffer.from(BSON.serialize(c.post)));
      expect(applyDocumentDiff(once, c.update.diff as Document)).toEqual(c.post);
    });
  }
  it('moves an inserted field that exists to the end, pads arrays with null, nulls sub-diffs of another type', () => {
    expect(Object.keys(applyDocumentDiff({ _id: 1, x: 'foo', y: 'bar', z: 'baz' }, { i: { y: 'bar', x: 'foo' } }))).toEqual(['_id', 'z', 'y', 'x']);
    expect(applyDocumentDiff({ a: [1] }, { sa: { a: true, u3: 9 } })).toEqual({ a: [1, null, null, 9] });
    // Replaying an older diff over a newer state: the field changed type meanwhile; a later entry rewrites it.
    expect(applyDocumentDiff({ a: 'now a string' }, { sa: { u: { b: 1 } } })).toEqual({ a: null });
    expect(applyDocumentDiff({ a: { b: 1 } }, { sz: { u: { b: 1 } } })).toEqual({ a: { b: 1 } });
    expect(() => applyDocumentDiff({}, { x: {} })).toThrow(VerificationError);
  });
});

describe('DDL and transactions recorded by mongo-tools from MongoDB 4.4 and 8.0', () => {
  it('plans every recorded DDL entry', () => {
    const plans = MONGO_TOOLS_DDL.map((e) => planOplogEntry(e, identity)[0]!);
    expect(plans.map((p) => (p.kind === 'command' ? Object.keys(p.command)[0] : p.kind))).toEqual([
      'create', 'skip', 'createIndexes', 'drop', 'create', 'createIndexes', 'dropIndexes', 'createIndexes', 'collMod', 'drop', 'dropDatabase',
    ]);
    expect(plans[0]).toEqual({ kind: 'command', db: 'test2', command: { create: 'foo' }, ignoreCodes: [48] });
    expect(plans[2]).toMatchObject({ command: { createIndexes: 'foo', indexes: [{ key: { f: expect.anything() }, name: 'f_1' }] } });
    expect(plans[7]).toMatchObject({ command: { createIndexes: 'foo', indexes: [{ name: 'f_1', expireAfterSeconds: expect.anything() }] } });
    expect(plans[8]).toMatchObject({ command: { collMod: 'foo', index: { name: 'f_1' } } });
    // Renamed on restore: every command follows the mapping.
    const renamed: NsMapper = (db, coll) => ({ db: db === 'test2' ? 'copy' : db, coll });
    expect(planOplogEntry(MONGO_TOOLS_DDL[6]!, renamed)[0]).toMatchObject({ db: 'copy', command: { dropIndexes: 'foo', index: 'f_1' } });
  });

  it('unpacks vectored inserts (applyOps with lsid/txnNumber) and records the namespaces they write', () => {
    const plans = MONGO_TOOLS_VECTORED_INSERTS.flatMap((e) => planOplogEntry(e, identity));
    expect(plans.map((p) => (p.kind === 'upsert' ? (p.doc._id as Int32).valueOf() : p.kind))).toEqual([100, 200, 300, 400, 500, 600, 700]);
    const touched = new Set<string>();
    for (const e of [...MONGO_TOOLS_VECTORED_INSERTS, ...MONGO_TOOLS_DDL]) namespacesTouched(e, touched);
    expect([...touched].sort()).toEqual(['mongodump_test_db.coll1', 'test2.', 'test2.foo']);
  });

  it('renames: both namespaces are touched; out of the restored ones, the source is dropped', () => {
    const e = renameEntry('app.a', 'app.b', 1_764_100_000);
    const touched = new Set<string>();
    namespacesTouched(e, touched);
    expect([...touched]).toEqual(['app.a', 'app.b']);
    const onlyA: NsMapper = (db, coll) => (coll === 'a' ? { db, coll } : null);
    expect(planOplogEntry(e, onlyA)).toEqual([{ kind: 'command', db: 'app', command: { drop: 'a' }, ignoreCodes: [26] }]);
  });
});

describe('oplog slice scope', () => {
  const only = (db: string, coll: string): boolean => db === 'app' && coll !== 'skip';
  it('keeps in-scope entries and commands, drops no-ops and admin.system.version', () => {
    expect(scopeSliceEntry({ ts, op: 'i', ns: 'app.users', o: { _id: 1 } }, only)).not.toBeNull();
    expect(scopeSliceEntry({ ts, op: 'i', ns: 'other.users', o: { _id: 1 } }, only)).toBeNull();
    expect(scopeSliceEntry({ ts, op: 'n', ns: '', o: { msg: 'periodic noop' } }, () => true)).toBeNull();
    expect(scopeSliceEntry({ ts, op: 'u', ns: 'admin.system.version', o: {}, o2: {} }, () => true)).toBeNull();
    expect(scopeSliceEntry(MONGO_TOOLS_DDL[10]!, (db) => db === 'test2')).not.toBeNull(); // dropDatabase
    const txn = scopeSliceEntry(MONGO_TOOLS_VECTORED_INSERTS[0]!, (db) => db === 'nothing');
    expect(txn).toBeNull();
  });
  it('keeps renames within and out of the scope, and refuses one into it from outside', () => {
    expect(scopeSliceEntry(renameEntry('app.a', 'app.b', 1), only)).not.toBeNull();
    expect(scopeSliceEntry(renameEntry('app.a', 'other.b', 1), only)).not.toBeNull();
    expect(scopeSliceEntry(renameEntry('other.a', 'other.b', 1), only)).toBeNull();
    expect(() => scopeSliceEntry(renameEntry('other.a', 'app.b', 1), only)).toThrow(/into the backed-up namespaces from outside them/);
    expect(() => scopeSliceEntry({ ts, op: 'c', ns: 'app.$cmd', o: { importCollection: 'x' } }, only)).toThrow(OperationalError);
  });
  it('counts and digests entries per operation and namespace, whatever their order', () => {
    const entries = [...MONGO_TOOLS_DDL.slice(0, 3), ...MONGO_TOOLS_VECTORED_INSERTS];
    const a = new SliceDigest();
    const b = new SliceDigest();
    for (const e of entries) a.add(e, BSON.serialize(e));
    for (const e of [...entries].reverse()) b.add(e, BSON.serialize(e));
    expect(a.fingerprint()).toEqual(b.fingerprint());
    expect(a.fingerprint().summary).toEqual({ entries: 6, inserts: 0, updates: 0, deletes: 0, commands: 6 });
    expect(Object.keys(a.fingerprint().items!)).toEqual(['command admin.$cmd', 'command test2.$cmd']);
  });
  it('stops a replay at a position, or at the end of a second', () => {
    expect(stopPosition({ time: new Date('2026-11-26T10:15:00.700Z') })).toEqual({ t: Date.parse('2026-11-26T10:15:00Z') / 1000, i: 0xffffffff });
    expect(stopPosition({ time: new Date(0), position: { t: 5, i: 2 } })).toEqual({ t: 5, i: 2 });
  });
});

describe('concatenated BSON (oplog.bson)', () => {
  const docs = [{ a: 1 }, { b: 'two' }, { c: [3] }].map((d) => Buffer.from(BSON.serialize(d)));
  async function read(chunks: Buffer[]): Promise<Document[]> {
    const out: Document[] = [];
    for await (const batch of bsonDocuments(chunks, 'test', { validate: true })) out.push(...batch.map((b) => BSON.deserialize(b)));
    return out;
  }
  it('splits documents across any chunking', async () => {
    const all = Buffer.concat(docs);
    for (const size of [1, 3, 7, all.length]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < all.length; i += size) chunks.push(all.subarray(i, i + size));
      expect(await read(chunks)).toEqual([{ a: 1 }, { b: 'two' }, { c: [3] }]);
    }
    expect(await read([])).toEqual([]);
  });
  it('refuses a truncated file, a bad length and an unterminated document', async () => {
    const all = Buffer.concat(docs);
    await expect(read([all.subarray(0, all.length - 2)])).rejects.toThrow(/truncated/);
    const bad = Buffer.from(all);
    bad.writeInt32LE(2, 0);
    await expect(read([bad])).rejects.toThrow(/invalid BSON document length 2 at byte 0/);
    const open = Buffer.from(docs[0]!);
    open[open.length - 1] = 1;
    await expect(read([open])).rejects.toThrow(VerificationError);
  });
});

describe('oplog capture scope', () => {
  it('refuses what makes a consistent dump impossible, as mongodump does', () => {
    expect(() => scopeCapturedEntry({ ts, op: 'c', ns: 'admin.$cmd', o: { renameCollection: 'a.b', to: 'a.c' } }, null)).toThrow(/renamed during the backup/);
    expect(() => scopeCapturedEntry({ ts, op: 'u', ns: 'admin.system.version', o: {}, o2: {} }, null)).toThrow(/admin\.system\.version/);
    // A scoped backup only fails for renames that touch its scope.
    expect(scopeCapturedEntry({ ts, op: 'c', ns: 'other.$cmd', o: { renameCollection: 'other.b', to: 'other.c' } }, (db) => db === 'app')).toBeNull();
    expect(() => scopeCapturedEntry({ ts, op: 'c', ns: 'other.$cmd', o: { renameCollection: 'other.b', to: 'app.c' } }, (db) => db === 'app')).toThrow(/renamed/);
  });
  it('keeps only the entries of the backed-up namespaces', () => {
    const only = (db: string, coll: string): boolean => db === 'app' && coll !== 'skip';
    const e = (ns: string): Document => ({ ts, op: 'i', ns, o: { _id: 1 } });
    expect(scopeCapturedEntry(e('app.users'), only)).not.toBeNull();
    expect(scopeCapturedEntry(e('app.skip'), only)).toBeNull();
    expect(scopeCapturedEntry(e('other.users'), only)).toBeNull();
    expect(scopeCapturedEntry({ ts, op: 'n', ns: '', o: {} }, only)).toBeNull();
    const txn = scopeCapturedEntry({ ts, op: 'c', ns: 'admin.$cmd', o: { applyOps: [e('app.users'), e('other.x')] } }, only);
    expect((txn!.o as Document).applyOps).toHaveLength(1);
    expect(scopeCapturedEntry({ ts, op: 'c', ns: 'app.$cmd', o: { create: 'users' } }, only)).not.toBeNull();
    expect(scopeCapturedEntry({ ts, op: 'c', ns: 'app.$cmd', o: { create: 'skip' } }, only)).toBeNull();
    // Without a scope everything is kept, as mongodump --oplog keeps it.
    expect(scopeCapturedEntry({ ts, op: 'n', ns: '', o: {} }, null)).not.toBeNull();
  });
});


describe('views in the archive', () => {
  it('are recorded by their metadata (viewOn, pipeline) and an empty data stream, as mongodump does', async () => {
    const { preludeOf } = await import('../../src/sources/mongodb/backup.js');
    const prelude = preludeOf({
      facts: { version: '7.0.12', setName: 'rs0', isMongos: false },
      scopeDb: 'app',
      oplog: true,
      namespaces: [
        { db: 'app', collection: 'users', type: 'collection', dataCollection: 'users', options: {}, indexes: [{ v: new Int32(2), key: { _id: new Int32(1) }, name: '_id_' }], estimatedCount: 3 },
        { db: 'app', collection: 'adults', type: 'view', dataCollection: 'adults', options: { viewOn: 'users', pipeline: [{ $match: { age: { $gte: new Int32(18) } } }] }, indexes: [], estimatedCount: 0 },
      ],
    });
    expect(prelude.map((p) => [p.db, p.collection, p.type])).toEqual([
      ['app', 'users', 'collection'],
      ['app', 'adults', 'view'],
      ['', 'oplog', ''],
    ]);
    expect(prelude[1]!.metadata).toBe(
      '{"options":{"viewOn":"users","pipeline":[{"$match":{"age":{"$gte":{"$numberInt":"18"}}}}]},"indexes":[],"collectionName":"adults","type":"view"}',
    );
    const m = decodeMetadata(prelude[1]!.metadata, 'app.adults', 'test');
    expect(m.options.viewOn).toBe('users');
  });
});

describe('raw document sequences for restore inserts', () => {
  it("finds the driver's document sequence class, which takes archived bytes as they are", async () => {
    const { loadRawSequence } = await import('../../src/sources/mongodb/restore.js');
    const Sequence = await loadRawSequence();
    expect(Sequence).toBeDefined();
    const raw = Buffer.from(BSON.serialize({ _id: 1, x: new Int32(2) }));
    const seq = new Sequence!('documents');
    // The returned length grows by the raw bytes pushed: nothing was re-serialized.
    const one = seq.push({}, raw);
    expect(seq.push({}, raw) - one).toBe(raw.length);
  });
});
