import { describe, expect, it } from '@jest/globals';
import { BSON, Int32, Long, Timestamp, UUID, type Document } from 'mongodb';
import { UsageError, OperationalError } from '../../src/errors.js';
import { dataCollectionOf } from '../../src/formats/mongo-archive/format.js';
import { ContentDigest, buildFingerprint } from '../../src/sources/mongodb/fingerprint.js';
import { EXACT_BSON, decodeMetadata, encodeMetadata, uuidHex } from '../../src/sources/mongodb/metadata.js';
import { NsMatcher, NsRenamer } from '../../src/sources/mongodb/namespace.js';
import { diffToUpdates, planOplogEntry, scopeCapturedEntry, type NsMapper } from '../../src/sources/mongodb/oplog.js';
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

  it('translates $v:2 diffs, $v:1 modifiers and replacements', () => {
    const diff = { u: { name: 'b' }, d: { old: false }, i: { added: new Int32(1) }, sprofile: { u: { age: 31 }, saddress: { d: { zip: false } } }, stags: { a: true, l: 2, u1: 'z', s0: { u: { k: 1 } } } };
    expect(diffToUpdates(diff)).toEqual([
      [{ $set: { tags: { $slice: ['$tags', 2] } } }],
      { $set: { name: 'b', added: new Int32(1), 'profile.age': 31, 'tags.1': 'z', 'tags.0.k': 1 }, $unset: { old: '', 'profile.address.zip': '' } },
    ]);
    const plan = planOplogEntry({ ts, op: 'u', ns: 'app.users', ui, o: { $v: 2, diff: { u: { n: 1 } } }, o2: { _id: 7 } }, identity);
    expect(plan).toEqual([{ kind: 'update', db: 'app', coll: 'users', filter: { _id: 7 }, update: { $set: { n: 1 } } }]);
    expect(planOplogEntry({ ts, op: 'u', ns: 'app.users', o: { $v: 1, $set: { a: 1 }, $unset: { b: true } }, o2: { _id: 7 } }, identity)).toEqual([
      { kind: 'update', db: 'app', coll: 'users', filter: { _id: 7 }, update: { $set: { a: 1 }, $unset: { b: true } } },
    ]);
    expect(planOplogEntry({ ts, op: 'u', ns: 'app.users', o: { _id: 7, whole: 'doc' }, o2: { _id: 7 } }, identity)).toEqual([
      { kind: 'replace', db: 'app', coll: 'users', filter: { _id: 7 }, doc: { _id: 7, whole: 'doc' } },
    ]);
    expect(() => diffToUpdates({ u: { 'a.b': 1 } })).toThrow(OperationalError);
    expect(() => diffToUpdates({ sarr: { a: true, s0: { a: true, l: 1 } } })).toThrow(/nested in an array/);
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
      { kind: 'command', db: 'admin', command: { renameCollection: 'app.a', to: 'app.b', dropTarget: false }, ignoreCodes: [] },
    ]);
    expect(() => planOplogEntry({ ts, op: 'c', ns: 'app.$cmd', o: { somethingNew: 'x' } }, identity)).toThrow(/cannot replay oplog command 'somethingNew'/);
  });
});

describe('oplog capture scope', () => {
  it('refuses what makes a consistent dump impossible, as mongodump does', () => {
    expect(() => scopeCapturedEntry({ ts, op: 'c', ns: 'admin.$cmd', o: { renameCollection: 'a.b', to: 'a.c' } }, null)).toThrow(/renamed during the backup/);
    expect(() => scopeCapturedEntry({ ts, op: 'u', ns: 'admin.system.version', o: {}, o2: {} }, null)).toThrow(/admin\.system\.version/);
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
