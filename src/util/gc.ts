import * as v8 from 'node:v8';
import * as vm from 'node:vm';

type Collect = (options?: { type?: 'major' | 'minor'; execution?: 'sync' | 'async' }) => void;
let collect: Collect | null | undefined;

/**
 * V8's collector, reachable without starting node with --expose-gc (the
 * action's runtime takes no flags): the flag is set now and read when the new
 * context is made. Null where that fails; callers then simply do without.
 * The one place that asks for it (util/scavenge.ts takes it from here too).
 */
export function collector(): Collect | null {
  if (collect !== undefined) return collect;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    collect = typeof gc === 'function' ? (gc as Collect) : null;
  } catch {
    collect = null;
  }
  return collect;
}

/**
 * Starts a full collection in the background (concurrent marking; the main
 * thread only finalizes). Why: stream chunks that died are old-generation
 * ArrayBuffers by the time they die, and V8 collects those on its own only
 * after ~64 MiB of them have piled up. When one backup goes to several
 * stores, that pile sits on top of every store's part buffers and the three
 * SDKs (bench/README.md: 224 MB peak without, 181 MB with a collection per
 * 16 MiB, same speed).
 */
export function collectGarbageSoon(): void {
  collector()?.({ type: 'major', execution: 'async' });
}
