import type { BigIntStats } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { errorCode, errorMessage } from '../../errors.js';
import { compareNames } from '../../formats/file-index/format.js';

export interface WalkEntry {
  /** Relative path, '/'-separated; '' for the root. */
  rel: string;
  abs: string;
  st: BigIntStats;
}

/**
 * A depth-first walk that visits each directory's names sorted by their UTF-8
 * bytes, so entries come in the file index's path order (comparePaths) and a
 * walk can be merged with an index as two sorted streams. Memory holds the
 * names of the directories on the current path, never the whole tree.
 * `accept` filters (a rejected directory is not entered); entries that vanish
 * or cannot be read are reported through `warn` and skipped.
 */
export async function* walkSorted(
  root: string,
  accept: (rel: string, isDir: boolean) => boolean,
  warn: (message: string) => void,
): AsyncGenerator<WalkEntry, void, void> {
  // The root itself may be a symlink to the directory to back up (as `--source` accepts): follow it, and only it.
  const st = await fs.stat(root, { bigint: true });
  yield { rel: '', abs: root, st };
  yield* walkDir(root, '', accept, warn);
}

async function* walkDir(
  dir: string,
  rel: string,
  accept: (rel: string, isDir: boolean) => boolean,
  warn: (message: string) => void,
): AsyncGenerator<WalkEntry, void, void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (err) {
    warn(`cannot read directory '${rel || '.'}' (${errorCode(err) ?? errorMessage(err)}); its contents are not in the backup`);
    return;
  }
  names.sort(compareNames);
  for (const name of names) {
    const childRel = rel ? `${rel}/${name}` : name;
    const abs = path.join(dir, name);
    let st: BigIntStats;
    try {
      st = await fs.lstat(abs, { bigint: true });
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') warn(`cannot stat '${childRel}' (${errorCode(err) ?? errorMessage(err)}); skipped`);
      continue;
    }
    if (!accept(childRel, st.isDirectory())) continue;
    yield { rel: childRel, abs, st };
    if (st.isDirectory()) yield* walkDir(abs, childRel, accept, warn);
  }
}
