import { describe, expect, it } from '@jest/globals';
import { applyRetention, BUCKETS, type RetentionItem, type RetentionPolicy } from '../../src/catalog/retention.js';

/**
 * Retention against an oracle that shares no code with src/catalog/retention.ts: periods are counted
 * with integer arithmetic on epoch milliseconds (an ISO week is floor((days since 1970-01-01 + 3) / 7):
 * 1970-01-01 was a Thursday, so weeks change on Mondays), rules are applied as restic's documentation
 * states them, and the histories include equal timestamps, year ends and ISO week 53. The decisions'
 * rule reasons must name exactly the oracle's set; backups kept only as parents of kept incrementals
 * are checked separately (the parent rule is the chain's business, and every kept incremental's parent
 * must be kept).
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Period = 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly';
const PERIOD_OF: Record<Period, (t: number) => number> = {
  hourly: (t) => Math.floor(t / HOUR),
  daily: (t) => Math.floor(t / DAY),
  weekly: (t) => Math.floor((Math.floor(t / DAY) + 3) / 7),
  monthly: (t) => {
    const d = new Date(t);
    return d.getUTCFullYear() * 12 + d.getUTCMonth();
  },
  yearly: (t) => new Date(t).getUTCFullYear(),
};

/** mulberry32: a seeded PRNG, so a failing history can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function history(rand: () => number): RetentionItem[] {
  const n = 1 + Math.floor(rand() * 150);
  // Start anywhere in 2019–2027, often just before a year end (ISO week 53 years: 2020, 2026).
  let t = rand() < 0.4 ? Date.UTC(2019 + Math.floor(rand() * 8), 11, 20 + Math.floor(rand() * 11)) : Date.UTC(2019, 0, 1) + Math.floor(rand() * 8 * 365 * DAY);
  const items: RetentionItem[] = [];
  for (let i = 0; i < n; i++) {
    // Equal times now and then; otherwise gaps of whole hours (so times sit on period boundaries and
    // keep-within's edge is met exactly) up to about two months, sometimes with a few odd milliseconds.
    const r = rand();
    t += r < 0.08 ? 0 : r < 0.5 ? Math.floor(rand() * 6) * HOUR : Math.floor(rand() ** 2 * 60 * 24) * HOUR;
    if (rand() < 0.15) t += Math.floor(rand() * HOUR);
    const incremental = items.length > 0 && rand() < 0.4;
    // Ids are random, so their order is not their time order: ties are broken by id, not by position.
    const id = `b${Math.floor(rand() * 1e9).toString(36)}-${i}`;
    items.push({ id, time: new Date(t), parent: incremental ? items[items.length - 1]!.id : null });
  }
  // The engine lists in storage order, not time order.
  return items.sort(() => rand() - 0.5);
}

function policy(rand: () => number): RetentionPolicy {
  const maybe = (max: number) => (rand() < 0.45 ? undefined : Math.floor(rand() * (max + 1)));
  return {
    last: maybe(6),
    hourly: maybe(30),
    daily: maybe(14),
    weekly: maybe(10),
    monthly: maybe(14),
    yearly: maybe(4),
    withinMs: rand() < 0.3 ? Math.floor(rand() * 40) * (rand() < 0.5 ? DAY : HOUR) : undefined,
  };
}

/**
 * restic forget: snapshots newest first (equal times: the greater id first); keep-last N keeps the first N;
 * keep-<period> N keeps, for the N most recent periods that have a snapshot, the newest snapshot of each;
 * keep-within D keeps every snapshot no older than the newest minus D. A snapshot is kept if any rule keeps it.
 */
function oracle(items: RetentionItem[], p: RetentionPolicy): Set<string> {
  const order = [...items].sort((a, b) => (a.time.getTime() !== b.time.getTime() ? b.time.getTime() - a.time.getTime() : a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const kept = new Set<string>();
  for (let i = 0; i < Math.min(p.last ?? 0, order.length); i++) kept.add(order[i]!.id);
  for (const period of Object.keys(PERIOD_OF) as Period[]) {
    const wanted = p[period] ?? 0;
    const seen: number[] = [];
    for (const item of order) {
      const key = PERIOD_OF[period](item.time.getTime());
      if (seen.includes(key)) continue;
      if (seen.length === wanted) break;
      seen.push(key);
      kept.add(item.id);
    }
  }
  if (p.withinMs && order.length) {
    const newest = order[0]!.time.getTime();
    for (const item of order) if (newest - item.time.getTime() <= p.withinMs) kept.add(item.id);
  }
  return kept;
}

describe('retention against an independent oracle', () => {
  it('2000 random histories: the rules keep exactly what restic forget keeps, and no kept incremental loses its parent', () => {
    let nonTrivial = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const rand = rng(seed * 7919);
      const items = history(rand);
      const p = policy(rand);
      const decisions = applyRetention(items, p);
      expect(decisions).toHaveLength(items.length);
      const byRule = decisions.filter((d) => d.reasons.some((r) => !r.startsWith('parent of'))).map((d) => d.item.id).sort();
      const expected = [...oracle(items, p)].sort();
      expect({ seed, byRule }).toEqual({ seed, byRule: expected });
      const kept = new Set(decisions.filter((d) => d.keep).map((d) => d.item.id));
      for (const d of decisions) expect({ seed, id: d.item.id, keep: d.keep }).toEqual({ seed, id: d.item.id, keep: d.reasons.length > 0 });
      for (const item of items) {
        if (kept.has(item.id) && item.parent) expect({ seed, id: item.id, parentKept: kept.has(item.parent) }).toEqual({ seed, id: item.id, parentKept: true });
      }
      if (expected.length > 0 && expected.length < items.length) nonTrivial++;
    }
    // The generator must exercise the rules, not produce keep-all/keep-none cases only.
    expect(nonTrivial).toBeGreaterThan(1000);
  });

  it('ISO weeks: a week spanning New Year is one bucket, week 53 exists, and weeks start on Monday (UTC)', () => {
    const at = (s: string) => new Date(s);
    expect(BUCKETS.weekly(at('2020-12-31T12:00:00Z'))).toBe('2020-W53');
    expect(BUCKETS.weekly(at('2021-01-03T23:59:59Z'))).toBe('2020-W53');
    expect(BUCKETS.weekly(at('2021-01-04T00:00:00Z'))).toBe('2021-W01');
    expect(BUCKETS.weekly(at('2024-12-30T00:00:00Z'))).toBe('2025-W01');
    expect(BUCKETS.weekly(at('2026-12-31T00:00:00Z'))).toBe('2026-W53');
    expect(BUCKETS.weekly(at('2027-01-03T12:00:00Z'))).toBe('2026-W53');
    // Same bucket for the library as for the oracle's day arithmetic, on every day of 2019–2028.
    for (let t = Date.UTC(2019, 0, 1, 13); t < Date.UTC(2029, 0, 1); t += DAY) {
      const sameAsNextDay = PERIOD_OF.weekly(t) === PERIOD_OF.weekly(t + DAY);
      expect({ day: new Date(t).toISOString(), same: BUCKETS.weekly(new Date(t)) === BUCKETS.weekly(new Date(t + DAY)) }).toEqual({ day: new Date(t).toISOString(), same: sameAsNextDay });
    }
    // Two backups in the week of New Year 2021 and one the week before: keep-weekly 2 keeps the newest of each week.
    const items = [
      { id: 'a', time: at('2020-12-24T10:00:00Z') },
      { id: 'b', time: at('2020-12-31T10:00:00Z') },
      { id: 'c', time: at('2021-01-02T10:00:00Z') },
    ];
    expect(applyRetention(items, { weekly: 2 }).filter((d) => d.keep).map((d) => [d.item.id, d.reasons])).toEqual([
      ['c', ['weekly 2020-W53']],
      ['a', ['weekly 2020-W52']],
    ]);
  });

  it('equal timestamps: the result does not depend on the order backups are listed in', () => {
    const t = new Date('2026-03-01T00:00:00Z');
    const items = ['x', 'm', 'a', 'q'].map((id) => ({ id, time: t }));
    const kept = (list: RetentionItem[]) => applyRetention(list, { last: 2, daily: 1 }).filter((d) => d.keep).map((d) => d.item.id).sort();
    expect(kept(items)).toEqual(['q', 'x']);
    expect(kept([...items].reverse())).toEqual(['q', 'x']);
  });
});
