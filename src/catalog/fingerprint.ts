import type { Fingerprint } from './manifest.js';

type Item = NonNullable<Fingerprint['items']>[string];

/** One item whose count or digest differs between two fingerprints; a side is undefined where the item is absent. */
export interface ItemDifference {
  item: string;
  recorded?: Item;
  found?: Item;
}

/**
 * The items on which two fingerprints disagree (absent on one side, or
 * another count or digest), in `order` (item names' default order if none).
 * One comparison for every kind: a restore's check, a drill's report and a
 * tree's error line differ only in how they word it.
 */
export function itemDifferences(
  recorded: Fingerprint['items'],
  found: Fingerprint['items'],
  order?: (a: string, b: string) => number,
): ItemDifference[] {
  const r = recorded ?? {};
  const f = found ?? {};
  const out: ItemDifference[] = [];
  for (const item of [...new Set([...Object.keys(r), ...Object.keys(f)])].sort(order)) {
    const a = r[item];
    const b = f[item];
    if (!a || !b || a.count !== b.count || a.digest !== b.digest) out.push({ item, recorded: a, found: b });
  }
  return out;
}
