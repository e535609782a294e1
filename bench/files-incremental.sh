#!/usr/bin/env bash
# Incremental directory backups: a full backup of a generated tree (default 1 GiB: 1 MiB files of half-random
# data, compressing ~2:1, plus 2,000 small files), then 1 % of it changed (files rewritten, added, deleted,
# renamed), then an incremental; an incremental with nothing changed; restores of the full and of the chain.
# Then the same tree grown to many small files, to show memory does not follow the number of files.
# Runs the CLI (bin/bakup.js → dist/index.js) under /usr/bin/time -v: wall time, peak RSS, stored bytes.
# Usage: bench/files-incremental.sh [SIZE_MIB=1024] [MANY_FILES=100000] [WORKDIR=/tmp/bakup-bench-incr]
set -euo pipefail
cd "$(dirname "$0")/.."
size_mib=${1:-1024}
many=${2:-100000}
work=${3:-/tmp/bakup-bench-incr}
node=${NODE:-$(bash scripts/test-services node24)}
rm -rf "$work"; mkdir -p "$work/src"

echo "generating ${size_mib} MiB in 1 MiB files of half-random data + 2000 small files"
"$node" -e '
  const fs = require("fs"), c = require("crypto"), path = require("path");
  const [root, mib] = [process.argv[1], +process.argv[2]];
  for (let i = 0; i < mib; i++) {
    const dir = path.join(root, "data", `d${Math.floor(i / 100)}`);
    fs.mkdirSync(dir, { recursive: true });
    const b = Buffer.alloc(1 << 20); c.randomFillSync(b, 0, 1 << 19);
    fs.writeFileSync(path.join(dir, `f${i}.bin`), b);
  }
  fs.mkdirSync(path.join(root, "small"));
  for (let k = 0; k < 2000; k++) fs.writeFileSync(path.join(root, "small", `s${k}.txt`), `small file ${k}\n`);
' "$work/src" "$size_mib"
sync

measure() { # label, command... (prints wall time and peak RSS; the command's stdout goes to $work/out.json)
  local label=$1; shift
  /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/out.json" 2> "$work/err.txt" || { cat "$work/err.txt"; exit 1; }
  local wall rss secs
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  echo "$secs" > "$work/last-secs"
  printf '%-46s %8.2f s  peak RSS %6.1f MiB' "$label" "$secs" "$(echo "$rss / 1024" | bc -l)"
}
stored() { "$node" -e 'const m = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); process.stdout.write(String(m.size))' "$work/out.json"; }
backup=("$node" bin/bakup.js backup --source "$work/src" --to "$work/store" --name bench --json)

echo "node $("$node" --version), $(nproc) cores"
measure "full backup (zstd)" "${backup[@]}"; full_s=$(cat "$work/last-secs"); full_b=$(stored); echo "  stored $full_b bytes"

# 1 % of the bytes: rewrite 1 % of the 1 MiB files in place, add as many new ones, delete and rename a few,
# and touch 1 % of the small files.
"$node" -e '
  const fs = require("fs"), c = require("crypto"), path = require("path");
  const [root, mib] = [process.argv[1], +process.argv[2]];
  const n = Math.max(1, Math.round(mib / 100));
  const file = (i) => path.join(root, "data", `d${Math.floor(i / 100)}`, `f${i}.bin`);
  for (let k = 0; k < n; k++) { const b = Buffer.alloc(1 << 20); c.randomFillSync(b, 0, 1 << 19); fs.writeFileSync(file(k * 97 % mib), b); }
  fs.mkdirSync(path.join(root, "new"));
  for (let k = 0; k < n; k++) { const b = Buffer.alloc(1 << 19); c.randomFillSync(b, 0, 1 << 18); fs.writeFileSync(path.join(root, "new", `n${k}.bin`), b); }
  for (let k = 0; k < 20; k++) fs.writeFileSync(path.join(root, "small", `s${k * 50}.txt`), `changed ${k}\n`);
  for (let k = 0; k < 5; k++) fs.rmSync(path.join(root, "small", `s${k * 50 + 1}.txt`));
  for (let k = 0; k < 5; k++) fs.renameSync(path.join(root, "small", `s${k * 50 + 2}.txt`), path.join(root, "small", `moved-${k}.txt`));
' "$work/src" "$size_mib"
sleep 3  # outside the racy window of the next backup's start, like real changes made between two scheduled backups
measure "incremental backup after a 1 % change" "${backup[@]}" --incremental; inc_s=$(cat "$work/last-secs"); inc_b=$(stored); echo "  stored $inc_b bytes"
sleep 3
measure "incremental backup, nothing changed" "${backup[@]}" --incremental; echo "  stored $(stored) bytes"
printf 'incremental / full: time %.3f, stored size %.4f\n' "$(echo "$inc_s / $full_s" | bc -l)" "$(echo "$inc_b / $full_b" | bc -l)"

full_id=$(ls "$work/store/bench" | grep -- '-full-' | head -1)
measure "restore the full backup" "$node" bin/bakup.js restore --from "$work/store" --name bench --backup-id "$full_id" --target "$work/r-full"; echo
measure "restore the newest incremental (chain of 3)" "$node" bin/bakup.js restore --from "$work/store" --name bench --target "$work/r-inc"; echo
diff -r "$work/src" "$work/r-inc" > /dev/null && echo "restored chain identical to the source (diff -r)"
measure "verify the chain" "$node" bin/bakup.js verify --from "$work/store" --name bench; echo
rm -rf "$work/r-full" "$work/r-inc"

if [ "$many" -gt 0 ]; then
  echo "adding ${many} small files in 1000 directories"
  "$node" -e '
    const fs = require("fs"), path = require("path");
    const [root, n] = [process.argv[1], +process.argv[2]];
    for (let i = 0; i < n; i++) {
      const dir = path.join(root, "many", `m${i % 1000}`);
      if (i < 1000) fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `x${i}.txt`), `${i}\n`);
    }
  ' "$work/src" "$many"
  sleep 3
  measure "incremental: +${many} files" "${backup[@]}" --incremental; echo "  stored $(stored) bytes"
  sleep 3
  measure "incremental, ${many} more files, nothing changed" "${backup[@]}" --incremental; echo
  measure "restore the chain (+${many} files)" "$node" bin/bakup.js restore --from "$work/store" --name bench --target "$work/r-many"; echo
  diff -r "$work/src" "$work/r-many" > /dev/null && echo "restored chain identical to the source (diff -r)"
fi
rm -rf "$work"
