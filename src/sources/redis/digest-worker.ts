/**
 * The digest worker's entry (bundled on its own as dist/digest-worker/index.js;
 * lib/sources/redis/digest-worker.js in a tsc build): digests the DUMP
 * payloads DumpDigests (digest-queue.ts) hands it in shared buffers, sums them
 * per database and type, and returns the sums when asked at the end.
 */
import * as os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { digestBatch, type FromDigestWorker, type ToDigestWorker } from './digest-queue.js';
import { FingerprintBuilder, KeyDigester } from './fingerprint.js';

const port = parentPort!;
// This thread only (Linux: a thread's nice value is its own) yields the CPU
// to everything else, the Redis server above all: on a machine with fewer
// cores than busy threads (the bench's 2), a backup's critical path is the
// server's SCAN + DUMP, and digests can wait for idle moments (DumpDigests
// bounds how far they fall behind: when they do, the main thread waits, and
// this one gets the CPU). Measured at 2 M keys (bench/README.md): backup 16.6
// / 17.5 s against 18.1 / 18.3 s at the normal priority; restore (whose
// critical path is this process) 14.8 / 13.8 s against 15.2 / 14.2 s.
// Elsewhere (macOS, BSD) the call would lower the whole process: left alone.
if (process.platform === 'linux') {
  try {
    os.setPriority(0, 10);
  } catch {
    // Not allowed here: digests run at the normal priority, nothing else changes.
  }
}

const fp = new FingerprintBuilder();
const kd = new KeyDigester();
const reply = (m: FromDigestWorker): void => port.postMessage(m);

port.on('message', (m: ToDigestWorker) => {
  try {
    if (m.t === 'batch') {
      digestBatch(Buffer.from(m.buf, 0, m.len), fp, kd);
      reply({ t: 'done', slot: m.slot });
    } else {
      reply({ t: 'sums', sums: fp.sums(), undecoded: kd.undecoded });
    }
  } catch (err) {
    const e = err as Error;
    reply({ t: 'error', name: e.name ?? 'Error', message: e.message ?? String(err) });
  }
});
