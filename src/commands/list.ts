import { listBackups, readManifest } from '../catalog/catalog.js';
import { chainsOf, orphanReason } from '../catalog/chain.js';
import type { Manifest } from '../catalog/manifest.js';
import { errorMessage } from '../errors.js';
import { openStorage, type StorageOptions } from '../storage/open.js';
import { formatBytes, formatDuration } from '../util/format.js';
import type { CommandContext } from './context.js';

export interface ListOptions {
  from: string;
  name?: string;
  storageOptions?: StorageOptions;
}

/** What a chain (a full backup and the incrementals built on it) lets a restore reach. */
export interface RestorableRange {
  /** The earliest and latest moments a restore (`--at`) can land on. */
  from: string;
  to: string;
  /** Incrementals that reach this full backup through complete parents. */
  incrementals: number;
  /** True when every moment in between is reachable (oplog slices); false: only the backup points. */
  continuous: boolean;
}

export interface ListEntry {
  name: string;
  id: string;
  type?: string;
  kind?: string;
  finishedAt?: string;
  durationMs?: number;
  size?: number;
  artifacts?: number;
  parent?: string | null;
  /** Incrementals: the chain's full backup and how many links separate this one from it. */
  chain?: { full: string; depth: number };
  /** Full backups: the range their chain can restore. */
  restorable?: RestorableRange;
  /** Incrementals whose chain is broken (a parent missing or unreadable): why they cannot be restored. */
  orphan?: string;
  /** Set when the manifest exists but cannot be read: the backup is listed, and flagged. */
  error?: string;
}

export interface ListResult {
  storage: string;
  backups: ListEntry[];
}

/** Committed backups, oldest first per name, with each chain's restorable range and broken chains flagged. */
export async function list(opts: ListOptions, _ctx: CommandContext): Promise<ListResult> {
  const storage = await openStorage(opts.from, '--from', opts.storageOptions);
  try {
    const backups: ListEntry[] = [];
    const manifests: Manifest[] = [];
    for (const entry of await listBackups(storage, opts.name)) {
      try {
        const m = await readManifest(storage, entry);
        manifests.push(m);
        backups.push({
          name: m.name,
          id: m.id,
          type: m.type,
          kind: m.source.kind,
          finishedAt: m.finishedAt,
          durationMs: m.durationMs,
          size: m.size,
          artifacts: m.artifacts.length,
          parent: m.parent,
          ...(m.chain ? { chain: m.chain } : {}),
        });
      } catch (err) {
        backups.push({ name: entry.name, id: entry.id, error: errorMessage(err) });
      }
    }
    const entries = new Map(backups.map((b) => [`${b.name}/${b.id}`, b]));
    for (const name of new Set(manifests.map((m) => m.name))) {
      const ofName = manifests.filter((m) => m.name === name);
      const byId = new Map(ofName.map((m) => [m.id, m]));
      const entry = (id: string) => entries.get(`${name}/${id}`)!;
      const { chains, orphans } = chainsOf(ofName);
      for (const c of chains) {
        entry(c.full.id).restorable = { from: c.from.time, to: c.to.time, incrementals: c.links.length, continuous: c.continuous };
      }
      for (const o of orphans) entry(o.id).orphan = orphanReason(o, byId);
    }
    return { storage: storage.location, backups };
  } finally {
    await storage.close?.().catch(() => undefined);
  }
}

/** The text `bakup list` prints: a line per backup, then a line per chain with incrementals and per broken one. */
export function listLines(r: ListResult, name?: string): string[] {
  if (!r.backups.length) return [`no backups in ${r.storage}${name ? ` named '${name}'` : ''}`];
  const lines = r.backups.map((b) =>
    b.error
      ? `${b.name}  ${b.id}  UNREADABLE: ${b.error}`
      : `${b.name}  ${b.id}  ${b.type}  ${b.kind}  ${formatBytes(b.size ?? 0)}  ${formatDuration(b.durationMs ?? 0)}${b.orphan ? `  BROKEN CHAIN: ${b.orphan}` : ''}`,
  );
  for (const b of r.backups) {
    if (b.restorable?.incrementals) lines.push(`${b.name}  chain ${b.id}: ${describeRange(b.restorable)}`);
  }
  return lines;
}

export function describeRange(r: RestorableRange): string {
  const span = `${r.from} … ${r.to}`;
  return r.continuous
    ? `restorable at any moment ${span} (full + ${r.incrementals} incremental(s))`
    : `restorable at ${r.incrementals + 1} backup point(s) ${span} (full + ${r.incrementals} incremental(s))`;
}
