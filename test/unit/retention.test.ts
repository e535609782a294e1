import { describe, expect, it } from '@jest/globals';
import { applyRetention, BUCKETS, type RetentionItem, type RetentionPolicy } from '../../src/catalog/retention.js';

/** A small seeded PRNG so a failing history can be replayed from its seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomHistory(rand: () => number): RetentionItem[] {
  const n = 1 + Math.floor(rand() * 120);
  let t = Date.UTC(2024, 0, 1);
  const items: RetentionItem[] = [];
  let lastFull: string | undefined;
  for (let i = 0; i < n; i++) {
    // Gaps from minutes to weeks, so hourly/daily/weekly/monthly buckets are sparse and dense in turn.
    t += Math.floor(rand() ** 3 * 40 * 86_400_000) + 60_000;
    const incremental = lastFull !== undefined && rand() < 0.5;
    const id = `b${String(i).padStart(4, '0')}`;
    items.push({ id, time: new Date(t), parent: incremental ? (items[items.length - 1]!.id) : null });
    if (!incremental) lastFull = id;
  }
  return items;
}

function randomPolicy(rand: () => number): RetentionPolicy {
  const pick = (max: number) => (rand() < 0.5 ? undefined : Math.floor(rand() * max));
  return { last: pick(5), hourly: pick(6), daily: pick(10), weekly: pick(6), monthly: pick(8), yearly: pick(3), withinMs: rand() < 0.3 ? Math.floor(rand() * 30) * 86_400_000 : undefined };
}

/** The rules stated declaratively, independently of applyRetention's loop. */
function expectedKept(items: RetentionItem[], p: RetentionPolicy): Set<string> {
  const kept = new Set<string>();
  const newestFirst = [...items].sort((a, b) => b.time.getTime() - a.time.getTime() || b.id.localeCompare(a.id));
  newestFirst.slice(0, p.last ?? 0).forEach((i) => kept.add(i.id));
  for (const rule of ['hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const) {
    const n = p[rule] ?? 0;
    const byBucket = new Map<string, RetentionItem>();
    for (const i of newestFirst) if (!byBucket.has(BUCKETS[rule](i.time))) byBucket.set(BUCKETS[rule](i.time), i);
    // Buckets in order of their newest backup, most recent first; keep the first n.
    [...byBucket.values()].slice(0, n).forEach((i) => kept.add(i.id));
  }
  if (p.withinMs !== undefined && p.withinMs > 0 && newestFirst.length) {
    const cutoff = newestFirst[0]!.time.getTime() - p.withinMs;
    newestFirst.filter((i) => i.time.getTime() >= cutoff).forEach((i) => kept.add(i.id));
  }
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const id of [...kept]) {
    let parent = byId.get(id)?.parent;
    while (parent) {
      kept.add(parent);
      parent = byId.get(parent)?.parent;
    }
  }
  return kept;
}

describe('applyRetention (restic forget semantics)', () => {
  it('matches the declarative rules on 500 random histories, and never orphans an incremental', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const rand = rng(seed);
      const items = randomHistory(rand);
      const policy = randomPolicy(rand);
      const decisions = applyRetention(items, policy);
      const kept = new Set(decisions.filter((d) => d.keep).map((d) => d.item.id));
      expect({ seed, kept: [...kept].sort() }).toEqual({ seed, kept: [...expectedKept(items, policy)].sort() });
      const byId = new Map(items.map((i) => [i.id, i]));
      for (const id of kept) {
        const parent = byId.get(id)!.parent;
        if (parent) expect({ seed, id, parentKept: kept.has(parent) }).toEqual({ seed, id, parentKept: true });
      }
      for (const d of decisions) expect(d.keep).toBe(d.reasons.length > 0);
    }
  });

  it('keeps the newest of each of the last N days that have a backup, naming the rule', () => {
    const at = (s: string) => new Date(s);
    const items = [
      { id: 'a', time: at('2026-11-20T01:00:00Z') },
      { id: 'b', time: at('2026-11-20T23:00:00Z') },
      { id: 'c', time: at('2026-11-22T05:00:00Z') },
      { id: 'd', time: at('2026-11-25T05:00:00Z') },
      { id: 'e', time: at('2026-11-25T06:00:00Z') },
    ];
    const d = applyRetention(items, { daily: 3 });
    expect(d.filter((x) => x.keep).map((x) => [x.item.id, x.reasons])).toEqual([
      ['e', ['daily 2026-11-25']],
      ['c', ['daily 2026-11-22']],
      ['b', ['daily 2026-11-20']],
    ]);
  });

  it('keeps the parent chain of a kept incremental', () => {
    const t = (h: number) => new Date(Date.UTC(2026, 10, 26, h));
    const items = [
      { id: 'full1', time: t(0), parent: null },
      { id: 'inc1', time: t(6), parent: 'full1' },
      { id: 'inc2', time: t(12), parent: 'inc1' },
      { id: 'full2', time: t(13), parent: null },
    ];
    const d = applyRetention(items, { last: 1, daily: 0, hourly: 0 });
    expect(d.filter((x) => x.keep).map((x) => x.item.id)).toEqual(['full2']);
    const d2 = applyRetention(items.slice(0, 3), { last: 1 });
    expect(Object.fromEntries(d2.map((x) => [x.item.id, x.reasons]))).toEqual({ inc2: ['last 1/1'], inc1: ['parent of inc2'], full1: ['parent of inc2'] });
  });
});
