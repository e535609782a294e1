import { describe, expect, it } from '@jest/globals';
import { applyRetention, type RetentionItem, type RetentionPolicy } from '../../src/catalog/retention.js';

/**
 * Retention with chains, as backups make them: each incremental's parent is the newest backup of the
 * name when it ran, so chains are runs of incrementals after a full backup, some deep, some none.
 * The oracle below states restic's rules again without sharing code with retention.ts (its own
 * calendar buckets, its own ISO week), then adds every ancestor of what it keeps.
 */

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

interface Item extends RetentionItem {
  parent: string | null;
}

/** A history like a schedule makes: fulls now and then, incrementals (parent = the previous backup) in between. */
function history(rand: () => number): Item[] {
  const n = 1 + Math.floor(rand() * 150);
  const fullEvery = 1 + Math.floor(rand() * 20);
  let t = Date.UTC(2023, 11, 20) + Math.floor(rand() * 86_400_000);
  const items: Item[] = [];
  for (let i = 0; i < n; i++) {
    // Every 15 minutes to every few weeks, crossing hour, day, ISO-week, month and year boundaries.
    const gap = rand() < 0.7 ? 15 * 60_000 * (1 + Math.floor(rand() * 8)) : Math.floor(rand() ** 2 * 30 * 86_400_000);
    t += gap + 1000;
    const full = i === 0 || i % fullEvery === 0 || rand() < 0.05;
    const id = `b${String(i).padStart(4, '0')}`;
    items.push({ id, time: new Date(t), parent: full ? null : items[i - 1]!.id });
  }
  return items;
}

function policy(rand: () => number): RetentionPolicy {
  const pick = (max: number) => (rand() < 0.45 ? undefined : 1 + Math.floor(rand() * max));
  const p: RetentionPolicy = { last: pick(4), hourly: pick(12), daily: pick(8), weekly: pick(5), monthly: pick(6), yearly: pick(3) };
  if (rand() < 0.25) p.withinMs = Math.floor(rand() * 10 * 86_400_000);
  return p;
}

/** ISO-8601 week of a UTC date, by its Thursday: the week belongs to the year that holds that Thursday. */
function isoWeekKey(d: Date): string {
  const day = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 3 - day));
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000)) + 1;
  return `${thursday.getUTCFullYear()}w${week}`;
}

const KEYS: Record<'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly', (d: Date) => string> = {
  hourly: (d) => d.toISOString().slice(0, 13),
  daily: (d) => d.toISOString().slice(0, 10),
  weekly: isoWeekKey,
  monthly: (d) => d.toISOString().slice(0, 7),
  yearly: (d) => d.toISOString().slice(0, 4),
};

/** What the rules alone keep (no chain awareness). */
function rulesKeep(items: Item[], p: RetentionPolicy): Set<string> {
  const newest = [...items].sort((a, b) => b.time.getTime() - a.time.getTime() || (a.id < b.id ? 1 : -1));
  const kept = new Set<string>();
  for (const i of newest.slice(0, p.last ?? 0)) kept.add(i.id);
  for (const rule of Object.keys(KEYS) as (keyof typeof KEYS)[]) {
    const want = p[rule] ?? 0;
    const seen = new Set<string>();
    for (const i of newest) {
      const k = KEYS[rule](i.time);
      if (seen.has(k)) continue;
      if (seen.size >= want) break;
      seen.add(k);
      kept.add(i.id);
    }
  }
  if (p.withinMs) {
    const limit = newest[0]!.time.getTime() - p.withinMs;
    for (const i of newest) if (i.time.getTime() >= limit) kept.add(i.id);
  }
  return kept;
}

function ancestors(id: string, byId: Map<string, Item>): string[] {
  const out: string[] = [];
  for (let p = byId.get(id)?.parent; p; p = byId.get(p)?.parent) out.push(p);
  return out;
}

describe('retention with chains (property tests, 1000 random histories)', () => {
  it('keeps what the rules keep plus every ancestor of a kept incremental, and nothing else', () => {
    let chainsSeen = 0;
    let ancestorsAdded = 0;
    for (let seed = 1; seed <= 1000; seed++) {
      const rand = rng(seed);
      const items = history(rand);
      const p = policy(rand);
      const byId = new Map(items.map((i) => [i.id, i]));
      const decisions = applyRetention(items, p);
      const kept = new Set(decisions.filter((d) => d.keep).map((d) => d.item.id));

      const byRules = rulesKeep(items, p);
      const expected = new Set(byRules);
      for (const id of byRules) for (const a of ancestors(id, byId)) expected.add(a);
      expect({ seed, kept: [...kept].sort() }).toEqual({ seed, kept: [...expected].sort() });

      // No kept incremental loses any ancestor: its whole chain down to the full backup is kept.
      for (const id of kept) {
        const lost = ancestors(id, byId).filter((a) => !kept.has(a));
        if (lost.length) expect({ seed, id, lost }).toEqual({ seed, id, lost: [] });
      }
      // Kept only as a base: exactly those not kept by a rule, and each reason names a kept descendant.
      const wrong: string[] = [];
      for (const d of decisions) {
        if (d.keep !== d.reasons.length > 0) wrong.push(`${d.item.id}: keep=${d.keep} reasons=${d.reasons.join()}`);
        if (!d.keep || byRules.has(d.item.id)) continue;
        ancestorsAdded++;
        for (const r of d.reasons) {
          const child = r.startsWith('parent of ') ? r.slice('parent of '.length) : undefined;
          if (!child || !kept.has(child) || !ancestors(child, byId).includes(d.item.id)) wrong.push(`${d.item.id}: reason '${r}'`);
        }
      }
      if (wrong.length) expect({ seed, wrong }).toEqual({ seed, wrong: [] });
      if (items.some((i) => i.parent)) chainsSeen++;
    }
    // The histories did exercise chains and did need the ancestor rule.
    expect(chainsSeen).toBeGreaterThan(800);
    expect(ancestorsAdded).toBeGreaterThan(1000);
  });

  it('a removed backup never has a kept descendant, so removing in the order prune does (newest first) never orphans', () => {
    for (let seed = 1001; seed <= 1500; seed++) {
      const rand = rng(seed);
      const items = history(rand);
      const byId = new Map(items.map((i) => [i.id, i]));
      const decisions = applyRetention(items, policy(rand));
      const removedInOrder = decisions.filter((d) => !d.keep).map((d) => d.item.id);
      const left = new Set(items.map((i) => i.id));
      // After each single deletion (an interrupted prune), every remaining incremental still reaches a full backup.
      for (const id of removedInOrder) {
        left.delete(id);
        // An orphan appears exactly when a remaining backup's parent is gone.
        const orphan = [...left].find((rest) => { const p = byId.get(rest)!.parent; return p !== null && !left.has(p); });
        if (orphan) expect({ seed, afterRemoving: id, orphan }).toBeUndefined();
      }
    }
  });
});
