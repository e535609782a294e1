#!/usr/bin/env node
// Checks that a freshly bundled dist/ matches the committed one.
// ncc numbers lazily loaded chunks in a way that is not stable from one build
// to the next (the same chunk came out as 245.index.js and 328.index.js from the
// same sources), so chunks are compared by content: each chunk id is replaced by
// a digest of the chunk's code, in the chunk itself and wherever it is loaded.
// Usage: node scripts/check-dist.mjs <committed-dist-dir> <fresh-dist-dir>
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

function canonical(dir) {
  const files = fs.readdirSync(dir).sort();
  const chunks = new Map();
  for (const f of files) {
    const m = /^(\d+)\.index\.js$/.exec(f);
    if (!m) continue;
    const body = fs.readFileSync(path.join(dir, f), 'utf8').replace(/^export const id = \d+;\nexport const ids = \[\d+\];\n/, '');
    chunks.set(m[1], { body, digest: createHash('sha256').update(body).digest('hex').slice(0, 16) });
  }
  const rename = (text) => text.replace(/__nccwpck_require__\.e\((\/\* import\(\) \*\/ )?(\d+)\)/g, (all, comment, id) => {
    const c = chunks.get(id);
    return c ? `__nccwpck_require__.e(${comment ?? ''}"${c.digest}")` : all;
  });
  const out = new Map();
  for (const f of files) {
    if (/^\d+\.index\.js$/.test(f)) continue;
    // A bundle of its own (dist/encode-worker/): compared the same way, under its folder's name.
    if (fs.statSync(path.join(dir, f)).isDirectory()) {
      for (const [k, v] of canonical(path.join(dir, f))) out.set(`${f}/${k}`, v);
      continue;
    }
    out.set(f, createHash('sha256').update(rename(fs.readFileSync(path.join(dir, f)).toString('latin1'))).digest('hex'));
  }
  for (const c of chunks.values()) out.set(`chunk:${c.digest}`, createHash('sha256').update(rename(c.body)).digest('hex'));
  return out;
}

const [committed, fresh] = process.argv.slice(2);
const a = canonical(committed);
const b = canonical(fresh);
const diffs = [];
for (const [k, v] of a) if (b.get(k) !== v) diffs.push(`${k}: ${b.has(k) ? 'differs' : 'missing from the fresh build'}`);
for (const k of b.keys()) if (!a.has(k)) diffs.push(`${k}: new in the fresh build`);
if (diffs.length) {
  console.error(`dist/ does not match the sources (${diffs.length} difference(s)):\n  ${diffs.slice(0, 20).join('\n  ')}\nrun 'npm run bundle' and commit dist/`);
  process.exit(1);
}
console.log(`dist/ matches the sources (${a.size} files and chunks compared by content)`);
