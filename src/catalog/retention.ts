/**
 * Which backups a retention policy keeps: restic `forget` semantics.
 * - keep-last N: the N newest.
 * - keep-hourly/daily/weekly/monthly/yearly N: for the N most recent periods
 *   that HAVE a backup, the newest backup of each period (periods in UTC).
 * - keep-within DURATION: everything newer than (newest backup − duration).
 * Rules are ORed; each kept backup lists the rules that kept it. A kept
 * incremental keeps its whole parent chain, so no restore loses its base.
 */
export interface RetentionPolicy {
  last?: number;
  hourly?: number;
  daily?: number;
  weekly?: number;
  monthly?: number;
  yearly?: number;
  /** Milliseconds. */
  withinMs?: number;
}

export interface RetentionItem {
  id: string;
  time: Date;
  parent?: string | null;
}

export interface RetentionDecision<T extends RetentionItem> {
  item: T;
  keep: boolean;
  reasons: string[];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO week (year-week), so a week spanning New Year is one bucket. */
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

export const BUCKETS: Record<'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly', (d: Date) => string> = {
  hourly: (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}`,
  daily: (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
  weekly: isoWeek,
  monthly: (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`,
  yearly: (d) => String(d.getUTCFullYear()),
};

export function policyIsEmpty(p: RetentionPolicy): boolean {
  return !p.last && !p.hourly && !p.daily && !p.weekly && !p.monthly && !p.yearly && !p.withinMs;
}

export function applyRetention<T extends RetentionItem>(items: T[], policy: RetentionPolicy): RetentionDecision<T>[] {
  // Newest first; ties broken by id so the result does not depend on input order.
  const sorted = [...items].sort((a, b) => b.time.getTime() - a.time.getTime() || b.id.localeCompare(a.id));
  const decisions = sorted.map((item) => ({ item, keep: false, reasons: [] as string[] }));
  const keep = (d: RetentionDecision<T>, reason: string) => {
    d.keep = true;
    d.reasons.push(reason);
  };
  if (policy.last) decisions.slice(0, policy.last).forEach((d, i) => keep(d, `last ${i + 1}/${policy.last}`));
  for (const rule of ['hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const) {
    let left = policy[rule] ?? 0;
    let lastBucket: string | undefined;
    for (const d of decisions) {
      if (left <= 0) break;
      const bucket = BUCKETS[rule](d.item.time);
      if (bucket !== lastBucket) {
        keep(d, `${rule} ${bucket}`);
        lastBucket = bucket;
        left--;
      }
    }
  }
  if (policy.withinMs && decisions.length) {
    const cutoff = decisions[0]!.item.time.getTime() - policy.withinMs;
    for (const d of decisions) if (d.item.time.getTime() >= cutoff) keep(d, 'within');
  }
  // Parents of kept incrementals, transitively.
  const byId = new Map(decisions.map((d) => [d.item.id, d]));
  for (const d of decisions) {
    if (!d.keep || d.reasons.some((r) => r.startsWith('parent of'))) continue;
    let parentId = d.item.parent;
    const child = d.item.id;
    while (parentId) {
      const p = byId.get(parentId);
      if (!p) break;
      if (!p.reasons.includes(`parent of ${child}`)) keep(p, `parent of ${child}`);
      parentId = p.item.parent;
    }
  }
  return decisions;
}
