import { Binary, BSONRegExp, Code, Decimal128, Double, Int32, Long, MaxKey, MinKey, ObjectId, Timestamp, type Document } from 'mongodb';

/**
 * The fidelity set of issue 4: every BSON type (binary of every subtype
 * included), field order, nesting depth, `$`- and `.`-containing field names.
 * No single peer here takes all of it, so it comes in three cuts:
 * - `full`: everything (used where no server is involved);
 * - `ferretdb`: what FerretDB 1.24 accepts — it rejects JavaScript code,
 *   decimal128, min/max key, NaN and ±Infinity, nested arrays, `$`/`.` in
 *   field names, and turns -0.0 into 0;
 * - `javaServer`: what mongo-java-server 1.47 keeps — everything except binary
 *   subtypes other than 0, 3 and 4 (it drops the connection, or stores 0x80 as 0).
 */

export const BINARY_SUBTYPES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0x80, 0xff];

function binaries(subtypes: number[]): Document {
  const bins: Document = {};
  for (const st of subtypes) {
    const data =
      st === 3 || st === 4 ? Buffer.from('0123456789abcdef0123456789abcdef', 'hex') : st === 9 ? Buffer.from([0x10, 0x00, 1, 2, 3, 4]) : Buffer.from(`payload-${st}`);
    bins[`sub${st}`] = new Binary(data, st);
  }
  return bins;
}

function nested(depth: number): Document {
  let deep: Document = { leaf: 'bottom' };
  for (let i = 0; i < depth; i++) deep = { [`l${i}`]: deep };
  return deep;
}

const common = (subtypes: number[]): Document => ({
  double: new Double(1.5),
  integralDouble: new Double(2),
  string: 'héllo wörld ✓ 𝄞 日本',
  object: { a: { b: { c: 1 } } },
  array: [1, 'two', { three: 3 }, null],
  oid: new ObjectId('65f1a2b3c4d5e6f708192a3b'),
  bool: true,
  falsy: false,
  date: new Date(Date.UTC(2026, 10, 26, 2, 15, 0, 123)),
  preEpoch: new Date(-86400000 * 365 * 80),
  null: null,
  regex: new BSONRegExp('^a.*b$', 'imsx'),
  int32: new Int32(-42),
  timestamp: new Timestamp({ t: 1_700_000_000, i: 7 }),
  int64: Long.fromString('9007199254740993'),
  binaries: binaries(subtypes),
});

export function ferretdbFidelityDocs(subtypes = BINARY_SUBTYPES): Document[] {
  return [
    { _id: 1, ...common(subtypes) },
    { _id: 2, zeta: 1, alpha: 2, mid: { z: 1, a: 2 }, omega: 3 },
    { _id: 3, deep: nested(90) },
    { _id: new ObjectId('65f1a2b3c4d5e6f708192a3c'), kind: 'objectid id' },
    { _id: 'string id', kind: 'string id' },
    { _id: { compound: 1, key: 'x' }, kind: 'document id' },
  ];
}

export function fullFidelityDocs(subtypes = BINARY_SUBTYPES): Document[] {
  return [
    ...ferretdbFidelityDocs(subtypes),
    {
      _id: 10,
      negZero: new Double(-0),
      nan: new Double(NaN),
      inf: new Double(Infinity),
      negInf: new Double(-Infinity),
      code: new Code('function () { return 1; }'),
      decimal: Decimal128.fromString('1234.5678901234567890123456789012'),
      decimalNeg: Decimal128.fromString('-0E-6176'),
      minKey: new MinKey(),
      maxKey: new MaxKey(),
      nestedArrays: [[1, [2, [3]]], []],
    },
    { _id: 11, 'dotted.name': 1, nested: { $dollar: 1, 'a.b': { '$c.d': 2 } } },
    { _id: 12, deep: nested(98) },
  ];
}

export function javaServerFidelityDocs(): Document[] {
  return fullFidelityDocs([0, 3, 4]);
}
