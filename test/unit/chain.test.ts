import * as fs from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { chainsOf, orphanReason, parseAt, readChain, resolveAt } from '../../src/catalog/chain.js';
import { LocalStorage } from '../../src/storage/local.js';
import { tempDir } from '../helpers/tree.js';
import type { Manifest, Span } from '../../src/catalog/manifest.js';
import { UsageError, VerificationError } from '../../src/errors.js';

/** A manifest with only what chains read; ids sort by time like real ones. */
function m(id: string, parent: string | null, span: Span): Manifest {
  return {
    format: 'bakup/manifest',
    version: 1,
    id,
    name: 'db',
    type: parent ? 'incremental' : 'full',
    parent,
    source: { kind: 'mongodb', location: 'mongodb://h/' },
    startedAt: span.to.time,
    finishedAt: span.to.time,
    durationMs: 0,
    consistency: null,
    size: 0,
    artifacts: [],
    fingerprint: { kind: 'mongodb', summary: {}, digest: 'x' },
    warnings: [],
    tool: { name: 'bakup', version: 't' },
    span,
  };
}
const at = (iso: string) => ({ time: new Date(iso) });
const p = (iso: string, t?: number, i?: number) => ({ time: iso, ...(t === undefined ? {} : { position: { t, i } }) });

// Two chains: F1 (10:00) → S1 (10:00–10:15] → S2 (10:15–10:30]; F2 (12:00) → S3 (12:00–12:15].
const F1 = m('20261126T100000Z-full-0001', null, { to: p('2026-11-26T10:00:00.000Z'), replayable: false });
const S1 = m('20261126T101500Z-incremental-0002', F1.id, { from: p('2026-11-26T10:00:00.000Z'), to: p('2026-11-26T10:15:00.000Z'), replayable: true });
const S2 = m('20261126T103000Z-incremental-0003', S1.id, { from: p('2026-11-26T10:15:00.000Z'), to: p('2026-11-26T10:30:00.000Z'), replayable: true });
const F2 = m('20261126T120000Z-full-0004', null, { to: p('2026-11-26T12:00:00.000Z'), replayable: false });
const S3 = m('20261126T121500Z-incremental-0005', F2.id, { from: p('2026-11-26T12:00:00.000Z'), to: p('2026-11-26T12:15:00.000Z'), replayable: true });
const ALL = [F1, S1, S2, F2, S3];

describe('chains', () => {
  it('groups links under their full backup and reports each chain range', () => {
    const { chains, orphans } = chainsOf(ALL);
    expect(chains.map((c) => [c.full.id, c.links.map((l) => l.id), c.from.time, c.to.time, c.continuous])).toEqual([
      [F1.id, [S1.id, S2.id], F1.span!.to.time, S2.span!.to.time, true],
      [F2.id, [S3.id], F2.span!.to.time, S3.span!.to.time, true],
    ]);
    expect(orphans).toEqual([]);
  });

  it('an incremental whose parent is gone is an orphan, not part of a chain', () => {
    const { chains, orphans } = chainsOf([F1, S2]);
    expect(chains[0]!.links).toEqual([]);
    expect(orphans.map((o) => o.id)).toEqual([S2.id]);
  });

  it('list/verify (orphanReason) and restore (readChain) judge a link alike: missing, out of order, of another kind', async () => {
    const redisChild = { ...m('20261126T110000Z-incremental-0009', F1.id, S1.span!), source: { kind: 'redis', location: 'redis://h/' } };
    const later = m('20261126T094500Z-incremental-0010', S1.id, S1.span!); // names a parent newer than itself
    const dir = await tempDir('chain-judge');
    const storage = new LocalStorage(dir); // empty: every parent not in `known` is missing
    const known = new Map([F1, S1].map((x) => [x.id, x]));
    for (const [tip, reason] of [
      [S2, `broken chain: ${S2.id} needs its parent ${S1.id}, which `],
      [redisChild, `broken chain: ${redisChild.id} (redis) names a parent of another kind (${F1.id}, mongodb)`],
      [later, `broken chain: ${later.id} names a parent (${S1.id}) that is not older than itself`],
    ] as const) {
      const manifests = tip === S2 ? [F1, S2] : [F1, S1, tip];
      expect(chainsOf(manifests).orphans.map((o) => o.id)).toEqual([tip.id]);
      expect(orphanReason(tip, new Map(manifests.map((x) => [x.id, x])))).toContain(reason);
      await expect(readChain(storage, tip, tip === S2 ? new Map([[F1.id, F1]]) : known)).rejects.toThrow(reason);
    }
    // A sound chain: resolveAt hands restore the same links readChain reads.
    expect(resolveAt(ALL, at('2026-11-26T10:20:00Z'), '--at').chain).toEqual(await readChain(storage, S2, new Map(ALL.map((x) => [x.id, x]))));
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('--at that only an orphan reaches is a broken chain (exit 3), not a range error', () => {
    expect(() => resolveAt([F1, S2], at('2026-11-26T10:20:00Z'), '--at')).toThrow(VerificationError);
    expect(() => resolveAt([F1, S2], at('2026-11-26T10:20:00Z'), '--at')).toThrow(`broken chain: ${S2.id} reaches 2026-11-26T10:20:00.000Z, but its parent ${S1.id} (or one before it) is missing`);
    // Past every link, orphans included: still the range error.
    expect(() => resolveAt([F1, S2], at('2026-11-26T10:45:00Z'), '--at')).toThrow(UsageError);
  });

  it('--at inside a slice replays that slice up to the instant, after the chain before it', () => {
    const r = resolveAt(ALL, at('2026-11-26T10:20:00Z'), '--at');
    expect(r.tip.id).toBe(S2.id);
    expect(r.chain.map((x) => x.id)).toEqual([F1.id, S1.id, S2.id]);
    expect(r.stopAt?.time.toISOString()).toBe('2026-11-26T10:20:00.000Z');
    expect(r.landsAt.toISOString()).toBe('2026-11-26T10:20:00.000Z');
  });

  it('--at on a slice end restores the whole slice; on the full point, only the full', () => {
    const end = resolveAt(ALL, at('2026-11-26T10:15:00Z'), '--at');
    expect([end.tip.id, end.stopAt]).toEqual([S1.id, undefined]);
    const full = resolveAt(ALL, at('2026-11-26T12:00:00Z'), '--at');
    expect([full.tip.id, full.chain.length, full.stopAt]).toEqual([F2.id, 1, undefined]);
  });

  it('--at outside every chain names the restorable ranges', () => {
    expect(() => resolveAt(ALL, at('2026-11-26T09:00:00Z'), '--at')).toThrow(/before the oldest full backup; restorable: 2026-11-26T10:00:00.000Z … 2026-11-26T10:30:00.000Z; 2026-11-26T12:00:00.000Z … 2026-11-26T12:15:00.000Z/);
    expect(() => resolveAt(ALL, at('2026-11-26T11:00:00Z'), '--at')).toThrow(/after the newest point of the chain starting 2026-11-26T10:00:00.000Z and before the next full backup/);
    expect(() => resolveAt(ALL, at('2026-11-26T13:00:00Z'), '--at')).toThrow(UsageError);
  });

  it('directory-style links (not replayable) land on the newest point at or before --at', () => {
    const D0 = m('20261126T100000Z-full-0a01', null, { to: p('2026-11-26T10:00:00.000Z'), replayable: false });
    const D1 = m('20261126T110000Z-incremental-0a02', D0.id, { from: p('2026-11-26T10:00:00.000Z'), to: p('2026-11-26T11:00:00.000Z'), replayable: false });
    const D2 = m('20261126T120000Z-incremental-0a03', D1.id, { from: p('2026-11-26T11:00:00.000Z'), to: p('2026-11-26T12:00:00.000Z'), replayable: false });
    const r = resolveAt([D0, D1, D2], at('2026-11-26T11:30:00Z'), '--at');
    expect([r.tip.id, r.stopAt, r.landsAt.toISOString()]).toEqual([D1.id, undefined, '2026-11-26T11:00:00.000Z']);
    expect(chainsOf([D0, D1, D2]).chains[0]!.continuous).toBe(false);
    // Between this chain and a later full backup: still the newest point at or before --at (no gap in a record
    // that only ever promised points); after the newest point of all: an error.
    const E0 = m('20261126T140000Z-full-0a04', null, { to: p('2026-11-26T14:00:00.000Z'), replayable: false });
    const between = resolveAt([D0, D1, D2, E0], at('2026-11-26T13:00:00Z'), '--at');
    expect([between.tip.id, between.landsAt.toISOString()]).toEqual([D2.id, '2026-11-26T12:00:00.000Z']);
    expect(() => resolveAt([D0, D1, D2, E0], at('2026-11-26T15:00:00Z'), '--at')).toThrow(/after the newest point/);
  });

  it('oplog positions decide within one second', () => {
    const G = m('20261126T100000Z-full-0b01', null, { to: p('2026-11-26T10:00:00.000Z', 1795687200, 1), replayable: false });
    const T = m('20261126T100500Z-incremental-0b02', G.id, { from: p('2026-11-26T10:00:00.000Z', 1795687200, 1), to: p('2026-11-26T10:00:00.000Z', 1795687200, 9), replayable: true });
    const r = resolveAt([G, T], parseAt('1795687200:4', '--at'), '--at');
    expect([r.tip.id, r.stopAt?.position]).toEqual([T.id, { t: 1795687200, i: 4 }]);
    expect(resolveAt([G, T], parseAt('1795687200:9', '--at'), '--at').stopAt).toBeUndefined();
  });
});

describe('parseAt', () => {
  it('reads ISO-8601 with a zone and timestamps', () => {
    expect(parseAt('2026-11-26T10:15:00+09:00', '--at').time.toISOString()).toBe('2026-11-26T01:15:00.000Z');
    expect(parseAt('1795687200', '--at')).toEqual({ time: new Date(1795687200000), position: { t: 1795687200, i: 0xffffffff } });
    expect(parseAt('1795687200:7', '--at').position).toEqual({ t: 1795687200, i: 7 });
  });
  it.each(['yesterday', '2026-11-26T10:15:00', '2026-13-40T10:15:00Z', '12', '1795687200:99999999999'])('refuses %s with a line naming the input', (bad) => {
    expect(() => parseAt(bad, '--at')).toThrow(/^--at: /);
  });
});
