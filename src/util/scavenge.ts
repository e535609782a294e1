import { collector } from './gc.js';

/**
 * Why bakup asks V8 for a minor GC now and then. A backup or restore moves
 * gigabytes through Buffers that are finished with almost as soon as they are
 * made (a file read, a compressed block, a sealed age chunk). Their memory is
 * outside V8's heap, and V8 frees a young Buffer's memory only at a scavenge,
 * which it starts when its young generation fills with JavaScript objects, or
 * when external memory has grown by ~64 MiB. A stream of large buffers with
 * little JavaScript around them (a worker thread that only compresses, a
 * pipeline of 256 KiB blocks) therefore keeps tens of MiB of dead buffers
 * resident. A scavenge every SCAVENGE_STEP bytes frees them young: measured on
 * a 1 GiB zstd backup, peak RSS 178 → 126 MiB, and no slower (bench/README.md).
 *
 * `gc` exists only under --expose-gc, which neither the action's runtime nor a
 * worker can be given; set at run time, the flag applies to contexts created
 * afterwards, so one new context hands out the function. Where that does not
 * work, nothing is collected early and everything else is the same.
 */
export const SCAVENGE_STEP = 8 << 20;

/**
 * A backup's write half makes more dead buffers per plain byte than a read (a file read, then with the encode
 * worker a compressed piece, a sealed chunk and a block sent back): it scavenges twice as often. Measured at
 * 2 GiB (bench/README.md, files): zstd + age 111–117 MiB against 123–125, none 86 against 90, no major GCs.
 * Not more: a further scavenge per 8 MiB of stored bytes, run as they came back from the worker, caught them in
 * flight, promoted them, and V8 ran major GCs in every run (1.7–1.9 CPU-seconds, 1–2 s slower).
 */
export const WRITE_SCAVENGE_STEP = SCAVENGE_STEP / 2;

let cached: (() => void) | null | undefined;

function minorGc(): (() => void) | null {
  if (cached !== undefined) return cached;
  const gc = process.env.BAKUP_SCAVENGE === '0' ? null : collector();
  cached = gc ? () => gc({ type: 'minor' }) : null;
  return cached;
}

/** Counts the bytes of buffers this thread is done with and runs a minor GC every SCAVENGE_STEP of them. */
export class Scavenger {
  private since = 0;
  private readonly gc = minorGc();
  constructor(private readonly step: number = SCAVENGE_STEP) {}

  add(n: number): void {
    if (!this.gc) return;
    this.since += n;
    if (this.since >= this.step) {
      this.since = 0;
      this.gc();
    }
  }
}
