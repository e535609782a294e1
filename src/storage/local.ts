import { createWriteStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { errorCode } from '../errors.js';
import { checkKey, NotFoundError, type ObjectInfo, type PutOptions, type Storage } from './storage.js';
import { STREAM_CHUNK } from '../pipeline/buffers.js';

/** Marks files being written; never listed, swept by prune after a grace period. */
export const LOCAL_TEMP_MARK = '.bakup-tmp-';

/**
 * A folder on a local or mounted filesystem. A put writes to a hidden temporary
 * name beside the final one, fsyncs it and renames it into place, so a reader
 * (or a crash) never sees a partial object.
 */
export class LocalStorage implements Storage {
  readonly location: string;
  constructor(readonly root: string) {
    this.root = path.resolve(root);
    this.location = pathToFileURL(this.root).href;
  }

  private pathOf(key: string): string {
    return path.join(this.root, ...checkKey(key).split('/'));
  }

  async put(key: string, body: Readable, opts: PutOptions = {}): Promise<ObjectInfo> {
    const final = this.pathOf(key);
    await fs.mkdir(path.dirname(final), { recursive: true });
    const temp = path.join(path.dirname(final), `${LOCAL_TEMP_MARK}${randomBytes(6).toString('hex')}-${path.basename(final)}`);
    try {
      const out = createWriteStream(temp, { flags: 'wx' });
      await pipeline(body, out, { signal: opts.signal });
      const fh = await fs.open(temp, 'r');
      try {
        await fh.sync();
      } finally {
        await fh.close();
      }
      await fs.rename(temp, final);
    } catch (err) {
      await fs.rm(temp, { force: true });
      throw err;
    }
    await syncDir(path.dirname(final));
    const st = await fs.stat(final);
    return { key, size: st.size, modified: st.mtime };
  }

  async putIfAbsent(key: string, body: Buffer): Promise<boolean> {
    const final = this.pathOf(key);
    await fs.mkdir(path.dirname(final), { recursive: true });
    const temp = path.join(path.dirname(final), `${LOCAL_TEMP_MARK}${randomBytes(6).toString('hex')}-${path.basename(final)}`);
    await fs.writeFile(temp, body, { flag: 'wx' });
    try {
      // link(2) fails with EEXIST instead of replacing: a complete object appears atomically, or nothing does.
      await fs.link(temp, final);
      return true;
    } catch (err) {
      if (errorCode(err) === 'EEXIST') return false;
      throw err;
    } finally {
      await fs.rm(temp, { force: true });
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const fh = await fs.open(this.pathOf(key), 'r');
      return fh.createReadStream({ highWaterMark: STREAM_CHUNK });
    } catch (err) {
      if (errorCode(err) === 'ENOENT' || errorCode(err) === 'EISDIR') throw new NotFoundError(this.location, key);
      throw err;
    }
  }

  async stat(key: string): Promise<ObjectInfo | undefined> {
    try {
      const st = await fs.stat(this.pathOf(key));
      return st.isFile() ? { key, size: st.size, modified: st.mtime } : undefined;
    } catch (err) {
      if (errorCode(err) === 'ENOENT' || errorCode(err) === 'ENOTDIR') return undefined;
      throw err;
    }
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    // Start at the deepest directory the prefix names, then filter by the full prefix.
    const slash = prefix.lastIndexOf('/');
    const dirKey = slash >= 0 ? prefix.slice(0, slash) : '';
    const start = dirKey ? path.join(this.root, ...dirKey.split('/')) : this.root;
    yield* this.walk(start, dirKey, prefix);
  }

  private async *walk(dir: string, dirKey: string, prefix: string): AsyncGenerator<ObjectInfo> {
    let handle;
    try {
      handle = await fs.opendir(dir);
    } catch (err) {
      if (errorCode(err) === 'ENOENT' || errorCode(err) === 'ENOTDIR') return;
      throw err;
    }
    for await (const entry of handle) {
      if (entry.name.startsWith(LOCAL_TEMP_MARK)) continue;
      const key = dirKey ? `${dirKey}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (key.startsWith(prefix) || prefix.startsWith(`${key}/`)) yield* this.walk(path.join(dir, entry.name), key, prefix);
      } else if (entry.isFile() && key.startsWith(prefix)) {
        const st = await fs.stat(path.join(dir, entry.name)).catch(() => undefined);
        if (st) yield { key, size: st.size, modified: st.mtime };
      }
    }
  }

  async sweepIncomplete(prefix: string, olderThan: Date): Promise<number> {
    let removed = 0;
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) await walk(full);
        else if (e.name.startsWith(LOCAL_TEMP_MARK)) {
          const st = await fs.stat(full).catch(() => undefined);
          if (st && st.mtime < olderThan) {
            await fs.rm(full, { force: true });
            removed++;
          }
        }
      }
    };
    await walk(prefix ? path.join(this.root, ...prefix.replace(/\/+$/, '').split('/')) : this.root);
    return removed;
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    await fs.rm(file, { force: true });
    // Leave no empty backup folders behind; stop at the root or the first non-empty one.
    let dir = path.dirname(file);
    while (dir.startsWith(this.root + path.sep)) {
      try {
        await fs.rmdir(dir);
      } catch {
        break;
      }
      dir = path.dirname(dir);
    }
  }
}

async function syncDir(dir: string): Promise<void> {
  try {
    const fh = await fs.open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Some filesystems refuse fsync on directories; the rename itself is still atomic.
  }
}
