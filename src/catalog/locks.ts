import { randomBytes } from 'node:crypto';
import * as os from 'node:os';
import { Readable } from 'node:stream';
import { BakupError, ExitCode, errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { NotFoundError, joinKey, type Storage } from '../storage/storage.js';
import { readSmall } from '../util/streams.js';
import { formatDuration } from '../util/format.js';

/**
 * Locks are small JSON objects in the store, next to the backups they guard:
 *   <name>/.locks/exclusive.json        one at most, created with a conditional write
 *   <name>/.locks/shared-<holder>.json  one per running backup/restore
 * Backups take a shared lock, prune and destructive restores the exclusive one.
 * Each side creates its own lock first and only then looks for the other kind,
 * so two conflicting holders can both back off but never both proceed.
 * Holders refresh their lock; a lock past its expiry is stale and is ignored
 * (and removed by `bakup unlock`).
 */
export type LockKind = 'shared' | 'exclusive';

export interface LockInfo {
  kind: LockKind;
  holder: string;
  host: string;
  pid: number;
  command: string;
  createdAt: string;
  expiresAt: string;
}

export class LockHeldError extends BakupError {
  constructor(message: string) {
    super(message, ExitCode.OPERATIONAL);
  }
}

const LOCK_DIR = '.locks';
const EXCLUSIVE = 'exclusive.json';
export const DEFAULT_LOCK_TTL_MS = 10 * 60_000;

export function locksPrefix(name: string): string {
  return joinKey(name, LOCK_DIR) + '/';
}

export interface LockOptions {
  command: string;
  ttlMs?: number;
  /** How long to wait for a conflicting lock to go away before failing. */
  waitMs?: number;
  log?: Logger;
}

export interface StoredLock {
  key: string;
  info: LockInfo;
  stale: boolean;
}

async function readLock(storage: Storage, key: string): Promise<LockInfo | undefined> {
  try {
    return JSON.parse((await readSmall(await storage.get(key), 64 * 1024, key)).toString('utf8')) as LockInfo;
  } catch (err) {
    if (err instanceof NotFoundError) return undefined;
    throw err;
  }
}

/** Every lock object of a backup name, with whether it has expired. */
export async function listLocks(storage: Storage, name: string, now = Date.now()): Promise<StoredLock[]> {
  const out: StoredLock[] = [];
  for await (const obj of storage.list(locksPrefix(name))) {
    const info = await readLock(storage, obj.key).catch(() => undefined);
    if (!info) continue;
    out.push({ key: obj.key, info, stale: Date.parse(info.expiresAt) < now });
  }
  return out;
}

function describe(l: LockInfo): string {
  return `${l.kind} lock held by ${l.command} on ${l.host} (pid ${l.pid}) since ${l.createdAt}, expires ${l.expiresAt}`;
}

export class Lock {
  private timer: NodeJS.Timeout | undefined;
  private released = false;
  constructor(
    private readonly storage: Storage,
    readonly key: string,
    private info: LockInfo,
    private readonly ttlMs: number,
    private readonly log?: Logger,
  ) {
    this.timer = setInterval(() => void this.refresh(), Math.max(1000, Math.floor(ttlMs / 3)));
    this.timer.unref();
  }

  private async refresh(): Promise<void> {
    if (this.released) return;
    this.info = { ...this.info, expiresAt: new Date(Date.now() + this.ttlMs).toISOString() };
    await this.storage.put(this.key, Readable.from([Buffer.from(JSON.stringify(this.info))])).catch((err: unknown) => {
      this.log?.warn(`could not refresh ${this.info.kind} lock ${this.key}: ${errorMessage(err)}`);
    });
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    if (this.timer) clearInterval(this.timer);
    await this.storage.delete(this.key).catch((err: unknown) => this.log?.warn(`could not remove lock ${this.key}: ${errorMessage(err)}`));
  }
}

async function createExclusive(storage: Storage, key: string, body: Buffer): Promise<boolean> {
  if (storage.putIfAbsent) return storage.putIfAbsent(key, body);
  // Without conditional writes: write, then read back and see whose lock survived.
  if (await readLock(storage, key)) return false;
  await storage.put(key, Readable.from([body]));
  const back = await readLock(storage, key);
  return back?.holder === (JSON.parse(body.toString('utf8')) as LockInfo).holder;
}

/** Takes a lock, waiting up to `waitMs` for conflicting holders; fails with the holder's details. */
export async function acquireLock(storage: Storage, name: string, kind: LockKind, opts: LockOptions): Promise<Lock> {
  const ttlMs = opts.ttlMs ?? DEFAULT_LOCK_TTL_MS;
  const holder = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const deadline = Date.now() + (opts.waitMs ?? 0);
  const exclusiveKey = joinKey(name, LOCK_DIR, EXCLUSIVE);
  const key = kind === 'exclusive' ? exclusiveKey : joinKey(name, LOCK_DIR, `shared-${holder}.json`);
  let delay = 250;
  for (;;) {
    const info: LockInfo = {
      kind,
      holder,
      host: os.hostname(),
      pid: process.pid,
      command: opts.command,
      createdAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + ttlMs).toISOString(),
    };
    const body = Buffer.from(JSON.stringify(info));
    let conflict: LockInfo | undefined;
    if (kind === 'exclusive') {
      if (await createExclusive(storage, key, body)) {
        const shared = (await listLocks(storage, name)).find((l) => l.info.kind === 'shared' && !l.stale);
        if (!shared) return new Lock(storage, key, info, ttlMs, opts.log);
        conflict = shared.info;
        await storage.delete(key);
      } else {
        const held = await readLock(storage, key);
        if (held && Date.parse(held.expiresAt) < Date.now()) {
          opts.log?.warn(`removing stale exclusive lock: ${describe(held)}`);
          await storage.delete(key);
          continue;
        }
        conflict = held;
      }
    } else {
      await storage.put(key, Readable.from([body]));
      const held = await readLock(storage, exclusiveKey);
      if (!held || Date.parse(held.expiresAt) < Date.now()) return new Lock(storage, key, info, ttlMs, opts.log);
      conflict = held;
      await storage.delete(key);
    }
    if (Date.now() >= deadline) {
      const what = conflict ? describe(conflict) : 'a concurrent lock';
      throw new LockHeldError(
        `${storage.location}: cannot take the ${kind} lock on '${name}': ${what}${opts.waitMs ? ` (waited ${formatDuration(opts.waitMs)})` : ''}; if that job is gone, run 'bakup unlock'`,
      );
    }
    opts.log?.info(`waiting for ${conflict ? describe(conflict) : 'a concurrent lock'}`);
    await new Promise((r) => setTimeout(r, Math.min(delay + Math.random() * delay, Math.max(0, deadline - Date.now()))));
    delay = Math.min(delay * 2, 5000);
  }
}
