#!/usr/bin/env bash
# Files benchmark: backup and restore of a generated tree (default 2 GiB) through
# the bakup CLI (bin/bakup.js → dist/index.js) beside GNU tar + gzip on the same
# bytes, in one run. Prints wall time, throughput and peak RSS (/usr/bin/time -v).
# Usage: bench/files.sh [SIZE_MIB=2048] [WORKDIR=/tmp/bakup-bench-files]
# BASELINE=/path/to/another/checkout (with its dist/) also runs each backup setting with that
# build, right after ours, so a change is measured beside what it replaces in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mib=${1:-2048}
work=${2:-/tmp/bakup-bench-files}
node=${NODE:-$(bash scripts/test-services node24)}
rm -rf "$work"; mkdir -p "$work/src/small"
echo "generating ${size_mib} MiB: 1 MiB chunks of half-random data (compresses ~2:1) in 64 MiB files + 2000 small files"
i=0; left=$size_mib
while [ "$left" -gt 0 ]; do
  n=$(( left < 64 ? left : 64 ))
  "$node" -e '
    const fs = require("fs"), c = require("crypto");
    const fd = fs.openSync(process.argv[1], "w");
    for (let k = 0; k < +process.argv[2]; k++) { const b = Buffer.alloc(1 << 20); c.randomFillSync(b, 0, 1 << 19); fs.writeSync(fd, b); }
    fs.closeSync(fd);' "$work/src/part-$i.bin" "$n"
  left=$(( left - n )); i=$(( i + 1 ))
done
for k in $(seq 1 2000); do printf 'small file %d\n' "$k" > "$work/src/small/f$k.txt"; done
sync

declare -A secs_of
measure() { # label, command...
  local label=$1; shift
  # Each row starts with no dirty pages: otherwise the kernel writes back the previous row's output (2 GiB after
  # --compression none) during this one, and a row's figure depends on the row before it.
  sync
  /usr/bin/time -v -o "$work/time.txt" "$@" > /dev/null 2> "$work/err.txt" || { cat "$work/err.txt"; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  local secs
  secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  secs_of[$label]=$secs
  printf '%-46s %8.1f s  %7.1f MiB/s  peak RSS %6.1f MiB\n' "$label" "$secs" "$(echo "$size_mib / $secs" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
}

echo "node $("$node" --version), $(nproc) cores"
age_key=$(bash scripts/test-services bin age-keygen)
"$age_key" -o "$work/age.key" 2> /dev/null
recipient=$(grep -o 'age1[0-9a-z]*' "$work/age.key" | head -1)
# Side by side, one after another on the same tree: none, zstd, zstd + age, gzip.
backup_row() { # label, store, extra args...
  local label=$1 store=$2; shift 2
  measure "$label" "$node" bin/bakup.js backup --source "$work/src" --to "$work/$store" --name bench "$@"
  if [ -n "${BASELINE:-}" ]; then
    measure "$label (baseline)" "$node" "$BASELINE/bin/bakup.js" backup --source "$work/src" --to "$work/base-$store" --name bench "$@"
    rm -rf "${work:?}/base-$store"
  fi
}
backup_row "bakup backup --compression none" store-none --compression none
backup_row "bakup backup (zstd, the default)" store
backup_row "bakup backup zstd + age encryption" store-age --recipient "$recipient"
# The same with the encode stages on the main thread (no worker thread, whose isolate alone costs ~15 MiB).
measure "bakup backup zstd + age, encoded in-thread" env BAKUP_ENCODE_WORKER=0 "$node" bin/bakup.js backup --source "$work/src" --to "$work/store-age-main" --name bench --recipient "$recipient"
rm -rf "${work:?}/store-age-main"
backup_row "bakup backup --compression gzip" store-gz --compression gzip
measure "bakup restore zstd + age" "$node" bin/bakup.js restore --from "$work/store-age" --name bench --target "$work/restored-age" --identity-file "$work/age.key"
measure "GNU tar | gzip -6" bash -c "tar -C '$work/src' -cf - . | gzip -6 > '$work/ref.tar.gz'"
if command -v zstd >/dev/null; then measure "GNU tar | zstd -3" bash -c "tar -C '$work/src' -cf - . | zstd -q -3 > '$work/ref.tar.zst'"; fi
measure "bakup restore" "$node" bin/bakup.js restore --from "$work/store" --name bench --target "$work/restored"
mkdir -p "$work/ref-restored"
measure "gzip -d | GNU tar -x" bash -c "gzip -dc '$work/ref.tar.gz' | tar -C '$work/ref-restored' -xf -"
measure "bakup verify" "$node" bin/bakup.js verify --from "$work/store" --name bench
ratio() { echo "scale=2; ${secs_of[$1]} / ${secs_of[$2]}" | bc -l; }
ratios() { # suffix
  echo "time ratios to --compression none$1: zstd $(ratio "bakup backup (zstd, the default)$1" "bakup backup --compression none$1"), zstd + age $(ratio "bakup backup zstd + age encryption$1" "bakup backup --compression none$1"), gzip $(ratio "bakup backup --compression gzip$1" "bakup backup --compression none$1")"
}
ratios ''
echo "time ratio to --compression none: zstd + age encoded in-thread $(ratio "bakup backup zstd + age, encoded in-thread" "bakup backup --compression none")"
if [ -n "${BASELINE:-}" ]; then ratios ' (baseline)'; fi
echo "stored: none $(du -sb "$work/store-none" | cut -f1) bytes, zstd + age $(du -sb "$work/store-age" | cut -f1) bytes"
echo "stored: bakup zstd $(du -sb "$work/store" | cut -f1) bytes, bakup gzip $(du -sb "$work/store-gz" | cut -f1) bytes, tar.gz $(stat -c %s "$work/ref.tar.gz") bytes"
diff -r "$work/src" "$work/restored" > /dev/null && echo "restored tree identical to source (diff -r)"
rm -rf "$work"
