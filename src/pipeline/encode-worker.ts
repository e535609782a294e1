/**
 * The encode worker's entry (bundled on its own as dist/encode-worker/index.js;
 * lib/pipeline/encode-worker.js in a tsc build). It runs an artifact's encode
 * stages (hash, compress, encrypt, hash) on its own thread, so they overlap
 * with the source's work on the main thread instead of taking turns with it.
 * Protocol and flow control: worker-protocol.ts.
 */
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { BakupError } from '../errors.js';
import { Scavenger } from '../util/scavenge.js';
import { PIPELINE_CHUNK } from './buffers.js';
import { storedStages, type EncodeSpec } from './encode.js';
import { OUT_WINDOW, type FromWorker, type ToWorker } from './worker-protocol.js';

// This thread allocates almost no JavaScript, only buffers: without scavenges its dead ones would pile up.
const scavenger = new Scavenger();

const port = parentPort!;
const post = (m: FromWorker, transfer?: ArrayBuffer[]) => port.postMessage(m, transfer);

const { spec } = workerData as { spec: EncodeSpec };
function fail(err: unknown): void {
  const e = err instanceof Error ? err : new Error(String(err));
  post({ t: 'error', name: e.name, message: e.message, exitCode: err instanceof BakupError ? err.exitCode : undefined });
}

// The plain bytes are hashed here, as they arrive; the stages after that (compress, encrypt, stored hash) are
// streams. Bad options (an empty passphrase…) throw here, and reach the main thread as its error.
let built: ReturnType<typeof storedStages> = { stages: [] };
let refused = false;
try {
  built = storedStages(spec);
} catch (err) {
  refused = true;
  fail(err);
}
const { stages: rest, stored } = built;
const plainHash = createHash('sha256');
let plainSize = 0;
const first = rest[0];
const last = rest[rest.length - 1];


// Output is gathered into blocks of PIPELINE_CHUNK (age writes a 16-byte tag after each 64 KiB body; one message
// per piece would cost more than the piece), each moved to the main thread, at most OUT_WINDOW unacknowledged.
let out: Buffer | undefined;
let outFill = 0;
let unacked = 0;
function sendOut(): void {
  if (!out || outFill === 0) return;
  const ab = out.buffer as ArrayBuffer;
  post({ t: 'out', buf: ab, len: outFill }, [ab]);
  out = undefined;
  outFill = 0;
  if (++unacked >= OUT_WINDOW) last?.pause();
}
function gather(chunk: Buffer): void {
  let off = 0;
  while (off < chunk.length) {
    out ??= Buffer.allocUnsafeSlow(PIPELINE_CHUNK);
    const n = chunk.copy(out, outFill, off);
    outFill += n;
    off += n;
    if (outFill === PIPELINE_CHUNK) sendOut();
  }
}

if (last) {
  last.on('data', gather);
  last.once('end', () => {
    sendOut();
    post({ t: 'done', digests: { plain: { size: plainSize, sha256: plainHash.digest('hex') }, stored: { size: stored!.size, sha256: stored!.sha256 } } });
  });
  for (const s of rest) s.once('error', fail);
  for (let i = 0; i + 1 < rest.length; i++) rest[i]!.pipe(rest[i + 1]!);
}

port.on('message', (m: ToWorker) => {
  if (refused) return;
  switch (m.t) {
    case 'in': {
      const view = Buffer.from(m.buf, 0, m.len);
      plainHash.update(view);
      plainSize += m.len;
      scavenger.add(m.len);
      if (!first) {
        // Stored bytes are the plain bytes: the block itself goes back as output.
        post({ t: 'took', n: m.len });
        post({ t: 'out', buf: m.buf, len: m.len }, [m.buf]);
        unacked++;
        return;
      }
      // Every first stage (compressor, encryptor) has copied or sealed what it needs once its write
      // callback runs: the block then goes back to the main thread to be filled again.
      first.write(view, (err) => {
        if (err) return;
        post({ t: 'took', n: m.len, buf: m.buf }, [m.buf]);
      });
      return;
    }
    case 'end':
      if (first) first.end();
      else {
        const plain = { size: plainSize, sha256: plainHash.digest('hex') };
        post({ t: 'done', digests: { plain, stored: plain } });
      }
      return;
    case 'ack':
      unacked--;
      if (unacked < OUT_WINDOW && last?.isPaused()) last.resume();
      return;
  }
});
