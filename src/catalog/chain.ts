import { UsageError, VerificationError } from '../errors.js';
import type { Storage } from '../storage/storage.js';
import { listBackups, manifestExists, manifestKey, readManifest } from './catalog.js';
import { spanOf, type Manifest, type Point } from './manifest.js';

/**
 * Chains: a full backup and the incrementals that build on it, each naming its
 * parent. A restore of any link needs every link from the full up to it, so
 * the chain is read (and checked complete) before a byte of data is touched.
 */

/** Guards against a manifest that (through tampering) names a descendant as its parent. */
const MAX_CHAIN_LENGTH = 100_000;

/**
 * Why the link from the incremental `child` to its parent is broken, or undefined when it holds. `parent` is the
 * parent's manifest when it was found; `missing` says where it was looked for, for the message when it was not.
 * Every reader of chains (restore, verify, list, `--at`) judges links with this one function.
 */
export function brokenLink(child: Manifest, parent: Manifest | undefined, missing: string): string | undefined {
  const parentId = child.parent;
  if (!parentId) return `broken chain: incremental ${child.id} names no parent`;
  if (parentId >= child.id) return `broken chain: ${child.id} names a parent (${parentId}) that is not older than itself`;
  if (!parent) return `broken chain: ${child.id} needs its parent ${parentId}, which ${missing}`;
  if (parent.source.kind !== child.source.kind) {
    return `broken chain: ${child.id} (${child.source.kind}) names a parent of another kind (${parentId}, ${parent.source.kind})`;
  }
  return undefined;
}

/** The chain ending at `tip`, full backup first. A missing or unreadable parent is a broken chain (exit 3). */
export async function readChain(storage: Storage, tip: Manifest, known?: Map<string, Manifest>): Promise<Manifest[]> {
  const links = [tip];
  let cur = tip;
  while (cur.type === 'incremental') {
    if (links.length > MAX_CHAIN_LENGTH) throw new VerificationError(`broken chain: ${tip.id} has more than ${MAX_CHAIN_LENGTH} links`);
    const parentId = cur.parent;
    // Only a parent that can be one is looked up; brokenLink names what is wrong with the others.
    let parent = parentId && parentId < cur.id ? known?.get(parentId) : undefined;
    if (parentId && parentId < cur.id && !parent && (await manifestExists(storage, cur.name, parentId))) {
      parent = await readManifest(storage, { manifestKey: manifestKey(cur.name, parentId) });
    }
    const fault = brokenLink(cur, parent, `is not in ${storage.location}`);
    if (fault) throw new VerificationError(fault);
    links.unshift(parent!);
    cur = parent!;
  }
  return links;
}

/** Every manifest of a name, oldest first, read once (list, prune and `--at` work from this). */
export async function readAllManifests(storage: Storage, name: string): Promise<Manifest[]> {
  const out: Manifest[] = [];
  for (const entry of await listBackups(storage, name)) out.push(await readManifest(storage, entry));
  return out;
}

export interface ChainSummary {
  full: Manifest;
  /** Incrementals that reach back to `full` through complete parents, oldest first. */
  links: Manifest[];
  /** The earliest and latest moments a restore from this chain can land on. */
  from: Point;
  to: Point;
  /** True when every moment between `from` and `to` is reachable (all links are replayable slices). */
  continuous: boolean;
}

/** Where following parents from a manifest leads: its full backup, or the first broken link on the way. */
type Reach = { full: Manifest; fault?: undefined } | { full?: undefined; fault: string };

/**
 * Follows parents from `m` through `byId` to its full backup, judging each link with brokenLink. With `memo`
 * (id → where that manifest leads), walks stop at the first manifest already judged, so grouping every
 * manifest of a name reads each link once.
 */
function reachFull(m: Manifest, byId: Map<string, Manifest>, memo = new Map<string, Reach>()): Reach {
  const walked: Manifest[] = [];
  let cur = m;
  let r: Reach | undefined;
  while (!r) {
    r = memo.get(cur.id);
    if (r) break;
    if (cur.type === 'full') {
      r = { full: cur };
      break;
    }
    if (walked.length >= MAX_CHAIN_LENGTH) {
      r = { fault: `broken chain: ${m.id} does not reach a full backup` };
      break;
    }
    walked.push(cur);
    const parent = cur.parent ? byId.get(cur.parent) : undefined;
    const fault = brokenLink(cur, parent, 'is missing or unreadable');
    if (fault) r = { fault };
    else cur = parent!;
  }
  for (const w of walked) memo.set(w.id, r);
  return r;
}

/** Groups manifests into chains; incrementals whose chain is broken are returned apart. */
export function chainsOf(manifests: Manifest[]): { chains: ChainSummary[]; orphans: Manifest[] } {
  const byId = new Map(manifests.map((m) => [m.id, m]));
  const memo = new Map<string, Reach>();
  const chains = new Map<string, ChainSummary>();
  const orphans: Manifest[] = [];
  for (const m of manifests) {
    if (m.type === 'full') {
      const s = spanOf(m);
      chains.set(m.id, { full: m, links: [], from: s.to, to: s.to, continuous: true });
    }
  }
  for (const m of manifests) {
    if (m.type !== 'incremental') continue;
    const chain = chains.get(reachFull(m, byId, memo).full?.id ?? '');
    if (!chain) {
      orphans.push(m);
      continue;
    }
    chain.links.push(m);
    const s = spanOf(m);
    if (!s.replayable) chain.continuous = false;
    if (compareAt(atPoint(s.to), chain.to) > 0) chain.to = s.to;
  }
  for (const c of chains.values()) c.links.sort((a, b) => a.id.localeCompare(b.id));
  return { chains: [...chains.values()].sort((a, b) => a.full.id.localeCompare(b.full.id)), orphans };
}

/** A parsed `--at`: an instant, and an oplog-style position `{t, i}` when the user gave one. */
export interface AtPoint {
  time: Date;
  position?: { t: number; i: number };
}

/**
 * `--at` accepts an ISO-8601 time with a zone (`2026-11-26T10:15:00Z`,
 * `…+09:00`), or a timestamp: Unix seconds, or `seconds:increment` as MongoDB
 * prints oplog timestamps.
 */
export function parseAt(text: string, label: string): AtPoint {
  const t = text.trim();
  const ts = /^(\d{9,11})(?::(\d{1,10}))?$/.exec(t);
  if (ts) {
    const seconds = Number(ts[1]);
    const inc = ts[2] === undefined ? 0xffffffff : Number(ts[2]);
    if (inc > 0xffffffff) throw new UsageError(`${label}: the increment in '${t}' is larger than 4294967295`);
    return { time: new Date(seconds * 1000), position: { t: seconds, i: inc } };
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i.test(t)) {
    const d = new Date(t);
    if (!Number.isNaN(d.getTime())) return { time: d };
  }
  throw new UsageError(
    `${label}: expected an ISO-8601 time with a zone (e.g. 2026-11-26T10:15:00Z) or a timestamp (Unix seconds, or seconds:increment), got '${t.slice(0, 60)}'`,
  );
}

function pointTime(p: Point): number {
  return new Date(p.time).getTime();
}

/** The `{t, i}` position of a point (an oplog timestamp), when it has one. */
export function positionOf(p: Point | undefined): { t: number; i: number } | undefined {
  const pos = p?.position as { t?: unknown; i?: unknown } | undefined;
  return typeof pos?.t === 'number' && typeof pos.i === 'number' ? { t: pos.t, i: pos.i } : undefined;
}

function atPoint(p: Point): AtPoint {
  return { time: new Date(p.time), position: positionOf(p) };
}

/** Negative when `at` is before `p`, 0 at it, positive after. Positions are compared when both sides have one. */
export function compareAt(at: AtPoint, p: Point): number {
  const pos = positionOf(p);
  if (at.position && pos) return at.position.t !== pos.t ? at.position.t - pos.t : at.position.i - pos.i;
  return at.time.getTime() - pointTime(p);
}

/** Where a point-in-time restore lands: the link to restore up to, its chain, and where to stop inside it. */
export interface AtResolution {
  tip: Manifest;
  chain: Manifest[];
  /** Undefined when the restore stops at the tip's own end point. */
  stopAt?: AtPoint;
  /** The moment the restored data will reflect. */
  landsAt: Date;
}

/**
 * Picks the newest chain whose full backup is at or before `at`, then the
 * link that reaches `at`: a replayable slice covering it (replayed up to and
 * including `at`), or else the newest link that ends at or before it. `at`
 * outside every chain is a usage error naming what can be restored.
 */
export function resolveAt(manifests: Manifest[], at: AtPoint, label: string): AtResolution {
  const { chains, orphans } = chainsOf(manifests);
  // An incremental that reaches `at` but whose chain is broken (a parent is missing) is not a range the store
  // lacks: it is a damaged backup, and says so rather than offering the ranges around it.
  const brokenCover = (): Manifest | undefined => orphans.find((o) => compareAt(at, spanOf(o).to) <= 0 && chains.some((c) => compareAt(at, c.from) >= 0));
  const broken = (o: Manifest): VerificationError =>
    new VerificationError(`broken chain: ${o.id} reaches ${at.time.toISOString()}, but its parent ${o.parent ?? '(none)'} (or one before it) is missing`);
  if (chains.length === 0) throw new UsageError(`${label}: there is no full backup to restore from`);
  const ranges = chains.map((c) => `${c.from.time} … ${c.to.time}${c.continuous ? '' : ' (at backup points only)'}`).join('; ');
  const candidates = chains.filter((c) => compareAt(at, c.from) >= 0);
  const chain = candidates[candidates.length - 1];
  if (!chain) throw new UsageError(`${label}: ${at.time.toISOString()} is before the oldest full backup; restorable: ${ranges}`);
  const later = chains.find((c) => compareAt(at, c.from) < 0);
  // Between two chains: a chain of backup points (directories, or a lone full backup) lands on its newest point
  // at or before `at`, as between its own links; a chain of oplog slices promises every moment it covers, so a
  // moment past its end is a gap in the record, and an error rather than a silent earlier state.
  const pointsOnly = !chain.continuous || chain.links.length === 0;
  if (compareAt(at, chain.to) > 0 && !(later && pointsOnly)) {
    const orphan = brokenCover();
    if (orphan) throw broken(orphan);
    throw new UsageError(
      `${label}: ${at.time.toISOString()} is after the newest point of the chain starting ${chain.from.time}${later ? ` and before the next full backup (${later.from.time})` : ''}; restorable: ${ranges}`,
    );
  }
  // Links form a line (each backup's parent is the newest backup before it); walk it to the link that reaches `at`.
  let tip = chain.full;
  for (const m of chain.links) {
    const s = spanOf(m);
    if (compareAt(at, s.to) >= 0) tip = m;
    else {
      // A slice that ends after `at` starts where the previous link ended; it covers `at` unless `at` is its start.
      if (s.replayable && (!s.from || compareAt(at, s.from) > 0)) tip = m;
      break;
    }
  }
  const tipSpan = spanOf(tip);
  // chainsOf judged every link of this chain (brokenLink, as readChain does): the tip's path only needs collecting.
  const byId = new Map([chain.full, ...chain.links].map((m) => [m.id, m]));
  const path: Manifest[] = [tip];
  for (let m = tip; m.type !== 'full'; ) path.push((m = byId.get(m.parent!)!));
  path.reverse();
  const stopsInside = tipSpan.replayable && compareAt(at, tipSpan.to) < 0;
  return { tip, chain: path, stopAt: stopsInside ? at : undefined, landsAt: stopsInside ? at.time : new Date(tipSpan.to.time) };
}

/** Why an incremental of `chainsOf(...).orphans` cannot be restored: the first ancestor that is missing, out of order or of another kind. */
export function orphanReason(m: Manifest, byId: Map<string, Manifest>): string {
  return reachFull(m, byId).fault ?? `broken chain: ${m.id} does not reach a full backup`;
}
