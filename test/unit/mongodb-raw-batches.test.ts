import { describe, expect, it } from '@jest/globals';
import { Binary, BSONRegExp, Decimal128, Double, Int32, Long, MaxKey, MinKey, ObjectId, Timestamp, serialize } from 'bson';
import { batchDocuments, batchStarts, docLength } from '../../src/sources/mongodb/raw-batches.js';

const docs = [
  { _id: 1, s: 'one' },
  { _id: new ObjectId('65f0a1b2c3d4e5f601234567'), nested: { a: [1, 2, { b: 'x' }] }, bin: new Binary(Buffer.from('abc'), 4) },
  {},
];

/** The documents found at `starts`, re-read from the reply bytes. */
function read(reply: Uint8Array, starts: number[]): Buffer[] {
  return [...batchDocuments({ bytes: Buffer.from(reply), starts })];
}

describe('batchStarts: the documents of a cursor reply, read in place', () => {
  it('finds firstBatch and nextBatch documents, byte for byte', () => {
    for (const field of ['firstBatch', 'nextBatch']) {
      const reply = serialize({ cursor: { [field]: docs, id: Long.fromNumber(42), ns: 'd.c' }, ok: 1 });
      const starts = batchStarts(reply, 0);
      expect(starts).toHaveLength(3);
      expect(read(reply, starts!)).toEqual(docs.map((d) => Buffer.from(serialize(d))));
    }
  });

  it('skips every kind of field before the batch (cluster time, resume tokens, …)', () => {
    const reply = serialize({
      $clusterTime: { clusterTime: new Timestamp({ t: 5, i: 1 }), signature: { hash: new Binary(Buffer.alloc(20)), keyId: Long.fromNumber(0) } },
      cursor: {
        id: Long.fromNumber(0),
        ns: 'd.c',
        postBatchResumeToken: { _data: 'abc' },
        atClusterTime: new Timestamp({ t: 1, i: 2 }),
        misc: [new Double(1.5), new Int32(2), true, null, new Date(0), new BSONRegExp('a.*', 'i'), new Decimal128('1.5'), new MinKey(), new MaxKey()],
        nextBatch: docs,
        after: 'x',
      },
      operationTime: new Timestamp({ t: 5, i: 1 }),
      ok: new Double(1),
    });
    expect(read(reply, batchStarts(reply, 0)!)).toEqual(docs.map((d) => Buffer.from(serialize(d))));
  });

  it('reads a reply at an offset inside a larger buffer', () => {
    const reply = Buffer.from(serialize({ cursor: { firstBatch: docs, id: Long.fromNumber(0), ns: 'd.c' }, ok: 1 }));
    const framed = Buffer.concat([Buffer.from('header-bytes'), reply, Buffer.from('tail')]);
    const starts = batchStarts(framed, 12)!;
    expect(starts.map((s) => framed.subarray(s, s + docLength(framed, s)))).toEqual(docs.map((d) => Buffer.from(serialize(d))));
  });

  it('an empty batch has no documents', () => {
    expect(batchStarts(serialize({ cursor: { firstBatch: [], id: Long.fromNumber(0), ns: 'd.c' }, ok: 1 }), 0)).toEqual([]);
  });

  it('answers undefined for replies it does not understand, so the caller uses the driver', () => {
    expect(batchStarts(serialize({ ok: 1 }), 0)).toBeUndefined();
    expect(batchStarts(serialize({ cursor: { id: Long.fromNumber(0) }, ok: 1 }), 0)).toBeUndefined();
    // A batch element that is not a document.
    expect(batchStarts(serialize({ cursor: { firstBatch: [1, 2], id: Long.fromNumber(0) }, ok: 1 }), 0)).toBeUndefined();
    // A document length running past its batch.
    const bad = Buffer.from(serialize({ cursor: { firstBatch: [{ a: 1 }], id: Long.fromNumber(0) }, ok: 1 }));
    const first = batchStarts(bad, 0)![0]!;
    bad.writeInt32LE(500, first);
    expect(batchStarts(bad, 0)).toBeUndefined();
  });
});
