import { BSON, type Document } from 'mongodb';

/**
 * Oplog entries as real MongoDB servers wrote them, taken from MongoDB's public
 * test suites (the peers' oplogs lack most of these shapes: FerretDB logs no
 * DDL and writes updates as whole documents, mongo-java-server writes the
 * update operators it was given). Each group names where it came from.
 */

/** Canonical Extended JSON; the legacy `{$binary: …, $type: …}` form some fixtures use is rewritten to it first. */
const ejson = (text: string): Document =>
  BSON.EJSON.parse(text.replace(/\{"\$binary":"([^"]*)","\$type":"([0-9a-f]{2})"\}/g, '{"$binary":{"base64":"$1","subType":"$2"}}'), { relaxed: false }) as Document;

/**
 * mongodb/mongo-tools, mongorestore/testdata/oplogs/oplog.json (commit 9024452295f3): DDL entries a MongoDB 4.4
 * replica set wrote for create, index builds (startIndexBuild/commitIndexBuild), createIndexes, dropIndexes,
 * collMod, drop and dropDatabase on test2.foo / test2.bar. The `ns` is test2.$cmd throughout.
 */
export const MONGO_TOOLS_DDL: Document[] = [
  '{"op":"c","ns":"test2.$cmd","ui":{"$binary":{"base64":"utuOJ8FhTOuQRjX3ffKz9w==","subType":"04"}},"o":{"create":"foo","idIndex":{"v":{"$numberInt":"2"},"key":{"_id":{"$numberInt":"1"}},"name":"_id_"}},"ts":{"$timestamp":{"t":1616670336,"i":1}},"t":{"$numberLong":"505"},"wall":{"$date":{"$numberLong":"1616670336808"}},"v":{"$numberLong":"2"}}',
  '{"op":"c","ns":"test2.$cmd","ui":{"$binary":{"base64":"utuOJ8FhTOuQRjX3ffKz9w==","subType":"04"}},"o":{"startIndexBuild":"foo","indexBuildUUID":{"$binary":{"base64":"9weGCJ0iSMmJ5Lz9WnzF6g==","subType":"04"}},"indexes":[{"v":{"$numberInt":"2"},"key":{"f":{"$numberDouble":"1.0"}},"name":"f_1"}]},"ts":{"$timestamp":{"t":1616670350,"i":2}},"t":{"$numberLong":"505"},"wall":{"$date":{"$numberLong":"1616670350865"}},"v":{"$numberLong":"2"}}',
  '{"op":"c","ns":"test2.$cmd","ui":{"$binary":{"base64":"utuOJ8FhTOuQRjX3ffKz9w==","subType":"04"}},"o":{"commitIndexBuild":"foo","indexBuildUUID":{"$binary":{"base64":"9weGCJ0iSMmJ5Lz9WnzF6g==","subType":"04"}},"indexes":[{"v":{"$numberInt":"2"},"key":{"f":{"$numberDouble":"1.0"}},"name":"f_1"}]},"ts":{"$timestamp":{"t":1616670351,"i":3}},"t":{"$numberLong":"505"},"wall":{"$date":{"$numberLong":"1616670351034"}},"v":{"$numberLong":"2"}}',
  '{"op":"c","ns":"test2.$cmd","ui":{"$binary":{"base64":"utuOJ8FhTOuQRjX3ffKz9w==","subType":"04"}},"o":{"drop":"foo"},"o2":{"numRecords":{"$numberInt":"1"}},"ts":{"$timestamp":{"t":1616670362,"i":1}},"t":{"$numberLong":"505"},"wall":{"$date":{"$numberLong":"1616670362564"}},"v":{"$numberLong":"2"}}',
  '{"op":"c","ns":"test2.$cmd","ui":{"$binary":{"base64":"UG740CdIQ0yW3Szj7wyRPQ==","subType":"04"}},"o":{"create":"foo","idIndex":{"v":{"$numberInt":"2"},"key":{"_id":{"$numberInt":"1"}},"name":"_id_"}},"ts":{"$timestamp":{"t":1616670725,"i":1}},"t":{"$numberLong":"505"},"wall":{"$date":{"$numberLong":"1616670725849"}},"v":{"$numberLong":"2"}}',
  '{"op":"c","ns":"test2.$cmd","ui":{"$binary":{"base64":"UG740CdIQ0yW3Szj7wyRPQ==","subType":"04"}},"o":{"createIndexes":"foo","v":{"$numberInt":"2"},"key":{"f":{"$numberDouble":"1.0"}},"name":"f_1"},"ts":{"$timestamp":{"t":1616670725,"i":2}},"t":{"$numberLong":"505"},"wall":{"$date":{"$numberLong":"1616670725849"}},"v":{"$numberLong":"2"}}',
  '{"op":"c","ns":"test2.$cmd","ui":{"$binary":{"base64":"UG740CdIQ0yW3Szj7wyRPQ==","subType":"04"}},"o":{"dropIndexes":"foo","index":"f_1"},"o2":{"v":{"$numberInt":"2"},"key":{"f":{"$numberDouble":"1.0"}},"name":"f_1"},"ts":{"$timestamp":{"t":1616670738,"i":2}},"t":{"$numberLong":"505"},"wall":{"$date":{"$numberLong":"1616670738746"}},"v":{"$numberLong":"2"}}',
  '{"op":"c","ns":"test2.$cmd","ui":{"$binary":{"base64":"UG740CdIQ0yW3Szj7wyRPQ==","subType":"04"}},"o":{"createIndexes":"foo","v":{"$numberInt":"2"},"key":{"f":{"$numberDouble":"1.0"}},"name":"f_1","expireAfterSeconds":{"$numberDouble":"1000.0"}},"ts":{"$timestamp":{"t":1616670990,"i":1}},"t":{"$numberLong":"505"},"wall":{"$date":{"$numberLong":"1616670990688"}},"v":{"$numberLong":"2"}}',
  '{"op":"c","ns":"test2.$cmd","ui":{"$binary":{"base64":"UG740CdIQ0yW3Szj7wyRPQ==","subType":"04"}},"o":{"collMod":"foo","index":{"name":"f_1","expireAfterSeconds":{"$numberLong":"3600"}}},"o2":{"collectionOptions_old":{"uuid":{"$binary":{"base64":"UG740CdIQ0yW3Szj7wyRPQ==","subType":"04"}}},"expireAfterSeconds_old":{"$numberLong":"1000"}},"ts":{"$timestamp":{"t":1616670994,"i":1}},"t":{"$numberLong":"505"},"wall":{"$date":{"$numberLong":"1616670994481"}},"v":{"$numberLong":"2"}}',
  '{"op":"c","ns":"test2.$cmd","ui":{"$binary":{"base64":"UG740CdIQ0yW3Szj7wyRPQ==","subType":"04"}},"o":{"drop":"foo"},"o2":{"numRecords":{"$numberInt":"0"}},"ts":{"$timestamp":{"t":1616671599,"i":2}},"t":{"$numberLong":"505"},"wall":{"$date":{"$numberLong":"1616671599459"}},"v":{"$numberLong":"2"}}',
  '{"op":"c","ns":"test2.$cmd","o":{"dropDatabase":{"$numberInt":"1"}},"ts":{"$timestamp":{"t":1616671599,"i":3}},"t":{"$numberLong":"505"},"wall":{"$date":{"$numberLong":"1616671599492"}},"v":{"$numberLong":"2"}}',
].map(ejson);

/**
 * mongodb/mongo-tools, mongorestore/testdata/oplogs/json/vectored_insert.json (commit 93adce1fa241) and
 * linked_vectored_inserts.json (commit b31a37613e6c): inserts MongoDB 8.0 batched into applyOps entries (one, and
 * two linked by prevOpTime) on mongodump_test_db.coll1.
 */
export const MONGO_TOOLS_VECTORED_INSERTS: Document[] = [
  '{"lsid":{"id":{"$binary":"zdhPCAvuT7Gsagxqmkn7Bw==","$type":"04"},"uid":{"$binary":"47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=","$type":"00"}},"txnNumber":{"$numberLong":"1"},"op":"c","ns":"admin.$cmd","o":{"applyOps":[{"op":"i","ns":"mongodump_test_db.coll1","ui":{"$binary":"0cV7TuYcQVGB8xSwbK7SLg==","$type":"04"},"o":{"_id":100,"a":1},"o2":{"_id":100},"stmtId":0},{"op":"i","ns":"mongodump_test_db.coll1","ui":{"$binary":"0cV7TuYcQVGB8xSwbK7SLg==","$type":"04"},"o":{"_id":200,"a":2},"o2":{"_id":200},"stmtId":1}]},"ts":{"$timestamp":{"t":1719432324,"i":2}},"t":{"$numberLong":"1"},"v":{"$numberLong":"2"},"wall":{"$date":"2024-06-26T20:05:24.363Z"},"prevOpTime":{"ts":{"$timestamp":{"t":0,"i":0}},"t":{"$numberLong":"-1"}},"multiOpType":1}',
  '{"lsid":{"id":{"$binary":"8v/sU+r6SbOjTCbgmQABDg==","$type":"04"},"uid":{"$binary":"47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=","$type":"00"}},"txnNumber":{"$numberLong":"1"},"op":"c","ns":"admin.$cmd","o":{"applyOps":[{"op":"i","ns":"mongodump_test_db.coll1","ui":{"$binary":"U7qahbLASrC1hH9NFBxwjw==","$type":"04"},"o":{"_id":300,"a":3},"o2":{"_id":300},"stmtId":0},{"op":"i","ns":"mongodump_test_db.coll1","ui":{"$binary":"U7qahbLASrC1hH9NFBxwjw==","$type":"04"},"o":{"_id":400,"a":4},"o2":{"_id":400},"stmtId":1},{"op":"i","ns":"mongodump_test_db.coll1","ui":{"$binary":"U7qahbLASrC1hH9NFBxwjw==","$type":"04"},"o":{"_id":500,"a":5},"o2":{"_id":500},"stmtId":2}]},"ts":{"$timestamp":{"t":1719861048,"i":2}},"t":{"$numberLong":"1"},"v":{"$numberLong":"2"},"wall":{"$date":"2024-07-01T19:10:48.464Z"},"prevOpTime":{"ts":{"$timestamp":{"t":0,"i":0}},"t":{"$numberLong":"-1"}},"multiOpType":1}',
  '{"lsid":{"id":{"$binary":"8v/sU+r6SbOjTCbgmQABDg==","$type":"04"},"uid":{"$binary":"47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=","$type":"00"}},"txnNumber":{"$numberLong":"1"},"op":"c","ns":"admin.$cmd","o":{"applyOps":[{"op":"i","ns":"mongodump_test_db.coll1","ui":{"$binary":"U7qahbLASrC1hH9NFBxwjw==","$type":"04"},"o":{"_id":600,"a":6},"o2":{"_id":600},"stmtId":3},{"op":"i","ns":"mongodump_test_db.coll1","ui":{"$binary":"U7qahbLASrC1hH9NFBxwjw==","$type":"04"},"o":{"_id":700,"a":7},"o2":{"_id":700},"stmtId":4}]},"ts":{"$timestamp":{"t":1719861048,"i":3}},"t":{"$numberLong":"1"},"v":{"$numberLong":"2"},"wall":{"$date":"2024-07-01T19:10:48.464Z"},"prevOpTime":{"ts":{"$timestamp":{"t":1719861048,"i":2}},"t":{"$numberLong":"1"}},"multiOpType":1}',
].map(ejson);

export interface DiffCase {
  what: string;
  pre: Document;
  /** The oplog entry's `o`: `{$v: 2, diff}`. */
  update: Document;
  post: Document;
}

const giant = '*'.repeat(1024);
const medium = '*'.repeat(128);
const small = '*'.repeat(32);

/**
 * `$v: 2` update entries with the documents before and after, from two MongoDB jstests that assert both:
 * jstests/change_streams/show_raw_update_description.js (mongodb/mongo a8c248ee05c2: the `rawUpdateDescription`
 * of a change event is the oplog entry's `o`, recorded from the server for op-style and pipeline updates) and
 * jstests/core/internal_apply_oplog_update.js (mongodb/mongo 3579b34f55aa: the same descriptions applied twice,
 * asserting the same post-image both times).
 */
export const MONGO_DIFF_CASES: DiffCase[] = [
  { what: '$inc: {b: 2} (op-style)', pre: { _id: 3, a: 5, b: 1 }, update: { $v: 2, diff: { u: { b: 3 } } }, post: { _id: 3, a: 5, b: 3 } },
  { what: '$unset: {b: ""}', pre: { _id: 3, a: 5, b: 3 }, update: { $v: 2, diff: { d: { b: false } } }, post: { _id: 3, a: 5 } },
  { what: '$set: {"b.d": 2} (nested insert)', pre: { _id: 8, a: 2, b: { c: 1 } }, update: { $v: 2, diff: { sb: { i: { d: 2 } } } }, post: { _id: 8, a: 2, b: { c: 1, d: 2 } } },
  {
    what: 'pipeline $set: update, insert, array sub-diff with resize',
    pre: { _id: 100, a: 1, b: 2, arrayForSubdiff: [giant, { a: medium }, 1, 2, 3], arrayForReplacement: [0, 1, 2, 3], giantStr: giant },
    update: { $v: 2, diff: { u: { a: 2, arrayForReplacement: [0] }, i: { c: 3 }, sarrayForSubdiff: { a: true, l: 2, s1: { i: { b: 3 } } } } },
    post: { _id: 100, a: 2, b: 2, arrayForSubdiff: [giant, { a: medium, b: 3 }], arrayForReplacement: [0], giantStr: giant, c: 3 },
  },
  {
    what: 'pipeline $unset: [a]',
    pre: { _id: 100, a: 2, b: 2, arrayForSubdiff: [giant, { a: medium, b: 3 }], arrayForReplacement: [0], giantStr: giant, c: 3 },
    update: { $v: 2, diff: { d: { a: false } } },
    post: { _id: 100, b: 2, arrayForSubdiff: [giant, { a: medium, b: 3 }], arrayForReplacement: [0], giantStr: giant, c: 3 },
  },
  {
    what: '$replaceRoot to a much smaller document (deletes)',
    pre: { _id: 100, b: 2, arrayForSubdiff: [giant, { a: medium, b: 3 }], arrayForReplacement: [0], giantStr: giant, c: 3 },
    update: { $v: 2, diff: { d: { c: false, arrayForReplacement: false, arrayForSubdiff: false, b: false } } },
    post: { _id: 100, giantStr: giant },
  },
  {
    what: 'complex pipeline: inserts of arrays and objects',
    pre: { _id: 100, giantStr: giant },
    update: {
      $v: 2,
      diff: {
        i: {
          arr: [{ x: 1, y: small }, medium],
          arr_a: [1, medium],
          arr_b: [[1, small], medium],
          arr_c: [[small, 1, 2, 3], medium],
          obj: { x: { a: 1, b: 1, c: [medium, 1, 2, 3], str: medium } },
          a: 'updated',
          doc: { a: { 0: 'foo' } },
        },
      },
    },
    post: {
      _id: 100,
      giantStr: giant,
      arr: [{ x: 1, y: small }, medium],
      arr_a: [1, medium],
      arr_b: [[1, small], medium],
      arr_c: [[small, 1, 2, 3], medium],
      obj: { x: { a: 1, b: 1, c: [medium, 1, 2, 3], str: medium } },
      a: 'updated',
      doc: { a: { 0: 'foo' } },
    },
  },
  {
    what: 'modifications nested in arrays and objects (resizes inside arrays)',
    pre: {
      _id: 100,
      giantStr: giant,
      arr: [{ x: 1, y: small }, medium],
      arr_a: [1, medium],
      arr_b: [[1, small], medium],
      arr_c: [[small, 1, 2, 3], medium],
      obj: { x: { a: 1, b: 1, c: [medium, 1, 2, 3], str: medium } },
      a: 'updated',
      doc: { a: { 0: 'foo' } },
    },
    update: {
      $v: 2,
      diff: {
        d: { a: false, doc: false },
        sarr: { a: true, s0: { d: { x: false } } },
        sarr_a: { a: true, u0: 2 },
        sarr_b: { a: true, s0: { a: true, u0: 2 } },
        sarr_c: { a: true, s0: { a: true, l: 1 } },
        sobj: { sx: { d: { a: false }, u: { b: 2 }, sc: { a: true, l: 1 } } },
      },
    },
    post: {
      _id: 100,
      giantStr: giant,
      arr: [{ y: small }, medium],
      arr_a: [2, medium],
      arr_b: [[2, small], medium],
      arr_c: [[small], medium],
      obj: { x: { b: 2, c: [medium], str: medium } },
    },
  },
];

/**
 * A renameCollection entry in the shape MongoDB writes it (src/mongo/db/op_observer/op_observer_impl.cpp,
 * preRenameCollection: {renameCollection, to, stayTemp[, dropTarget: <uuid>]} on the source's <db>.$cmd); no
 * recorded one is published in the test suites we could find, so the fields follow that code.
 */
export function renameEntry(from: string, to: string, t: number): Document {
  return ejson(
    JSON.stringify({
      op: 'c',
      ns: `${from.split('.')[0]}.$cmd`,
      ui: { $binary: { base64: 'utuOJ8FhTOuQRjX3ffKz9w==', subType: '04' } },
      o: { renameCollection: from, to, stayTemp: false },
      ts: { $timestamp: { t, i: 1 } },
      t: { $numberLong: '1' },
      v: { $numberLong: '2' },
      wall: { $date: { $numberLong: String(t * 1000) } },
    }),
  );
}

/**
 * Entries FerretDB 1.24.2 wrote to local.oplog.rs here for insertOne({_id: 1, x: 1, arr: [1, 2, 3]}), then
 * updateOne({$set: {x: 2, 'y.z': 3}}), updateOne({$unset: {x: ''}, $push: {arr: 4}, $inc: {n: 1}}) and
 * replaceOne({_id: 1, whole: true}): every update is logged as `$set` of the whole new document.
 */
export const FERRETDB_RECORDED: Document[] = [
  '{"_id":{"$oid":"6b086aeb08ab2bd1ff598246"},"op":"i","ns":"explore.a","ts":{"$timestamp":{"t":1795713771,"i":623}},"o":{"_id":{"$numberInt":"1"},"x":{"$numberInt":"1"},"arr":[{"$numberInt":"1"},{"$numberInt":"2"},{"$numberInt":"3"}]},"t":{"$numberLong":"1"},"v":{"$numberLong":"2"},"wall":{"$date":{"$numberLong":"1795713771835"}}}',
  '{"_id":{"$oid":"6b086aeb08ab2bd1ff598247"},"op":"u","ns":"explore.a","ts":{"$timestamp":{"t":1795713771,"i":625}},"o":{"$v":{"$numberInt":"1"},"$set":{"_id":{"$numberInt":"1"},"x":{"$numberInt":"2"},"arr":[{"$numberInt":"1"},{"$numberInt":"2"},{"$numberInt":"3"}],"y":{"z":{"$numberInt":"3"}}}},"t":{"$numberLong":"1"},"v":{"$numberLong":"2"},"wall":{"$date":{"$numberLong":"1795713771840"}},"o2":{"_id":{"$numberInt":"1"}}}',
  '{"_id":{"$oid":"6b086aeb08ab2bd1ff598248"},"op":"u","ns":"explore.a","ts":{"$timestamp":{"t":1795713771,"i":627}},"o":{"$v":{"$numberInt":"1"},"$set":{"_id":{"$numberInt":"1"},"arr":[{"$numberInt":"1"},{"$numberInt":"2"},{"$numberInt":"3"},{"$numberInt":"4"}],"y":{"z":{"$numberInt":"3"}},"n":{"$numberInt":"1"}}},"t":{"$numberLong":"1"},"v":{"$numberLong":"2"},"wall":{"$date":{"$numberLong":"1795713771849"}},"o2":{"_id":{"$numberInt":"1"}}}',
  '{"_id":{"$oid":"6b086aeb08ab2bd1ff598249"},"op":"u","ns":"explore.a","ts":{"$timestamp":{"t":1795713771,"i":629}},"o":{"$v":{"$numberInt":"1"},"$set":{"_id":{"$numberInt":"1"},"whole":true}},"t":{"$numberLong":"1"},"v":{"$numberLong":"2"},"wall":{"$date":{"$numberLong":"1795713771854"}},"o2":{"_id":{"$numberInt":"1"}}}',
].map(ejson);

/** Entries mongo-java-server 1.47.0 (oplog enabled) wrote here for updateOne({$set: {x: 2, 'y.z': 3}}) and a drop. */
export const JAVA_SERVER_RECORDED: Document[] = [
  '{"ts":{"$timestamp":{"t":1795712914,"i":2}},"t":{"$numberLong":"1"},"h":{"$numberLong":"0"},"v":{"$numberLong":"2"},"op":"u","ns":"explore.a","ui":{"$binary":{"base64":"y3gjRs//TpmzynVRiTdFxw==","subType":"04"}},"wall":{"$date":{"$numberLong":"1795712914580"}},"o":{"$set":{"x":{"$numberInt":"2"},"y.z":{"$numberInt":"3"}}},"o2":{"_id":{"$numberInt":"1"}},"_id":{"$oid":"6a4e035dafda04547c42e5e6"}}',
  '{"ts":{"$timestamp":{"t":1795712914,"i":8}},"t":{"$numberLong":"1"},"h":{"$numberLong":"0"},"v":{"$numberLong":"2"},"op":"c","ns":"explore.$cmd","ui":{"$binary":{"base64":"y3gjRs//TpmzynVRiTdFxw==","subType":"04"}},"wall":{"$date":{"$numberLong":"1795712914636"}},"o":{"drop":"b"},"_id":{"$oid":"e46e83fc36b7567899277142"}}',
].map(ejson);
