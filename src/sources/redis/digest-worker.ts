/**
 * The digest worker's entry (bundled on its own as dist/digest-worker/index.js;
 * lib/sources/redis/digest-worker.js in a tsc build): digests the DUMP
 * payloads DumpDigests (digest-queue.ts) hands it in shared buffers, sums them
 * per database and type, and returns the sums when asked at the end.
 */
import { parentPort } from 'node:worker_threads';
import { digestBatch, type FromDigestWorker, type ToDigestWorker } from './digest-queue.js';
import { FingerprintBuilder, KeyDigester } from './fingerprint.js';

const port = parentPort!;
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
