/**
 * The encode worker's entry (bundled on its own as dist/encode-worker/index.js;
 * lib/pipeline/encode-worker.js in a tsc build). It runs an artifact's encode
 * stages (plain hash, compress, encrypt) on its own thread, so they overlap
 * with the source's work on the main thread instead of taking turns with it;
 * the main thread hashes the stored bytes as they come back (worker-encoder.ts).
 * Protocol and flow control: worker-protocol.ts.
 */
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { BakupError } from '../errors.js';
import { Scavenger, WRITE_SCAVENGE_STEP } from '../util/scavenge.js';
import { PIPELINE_CHUNK } from './buffers.js';
import { blockTransforms, type EncodeSpec } from './encode.js';
import { OUT_WINDOW, type FromWorker, type ToWorker } from './worker-protocol.js';

// This thread allocates almost no JavaScript, only buffers: without scavenges its dead ones would pile up.
// It counts both kinds it finishes with: the plain blocks, and the compressed and sealed pieces it gathers.
const scavenger = new Scavenger(WRITE_SCAVENGE_STEP);

const port = parentPort!;
const post = (m: FromWorker, transfer?: ArrayBuffer[]) => port.postMessage(m, transfer);

const { spec } = workerData as { spec: EncodeSpec };
function fail(err: unknown): void {
  const e = err instanceof Error ? err : new Error(String(err));
  post({ t: 'error', name: e.name, message: e.message, exitCode: err instanceof BakupError ? err.exitCode : undefined });
}

// The plain bytes are hashed here, as they arrive; then they go through the transforms (compress, encrypt),
// streams fed the blocks as they came. The worker is started only when there is something to transform
// (artifact.ts); bad options (an empty passphrase…) throw here, and reach the main thread as its error.
let transforms: ReturnType<typeof blockTransforms> = [];
let refused = false;
try {
  transforms = blockTransforms(spec);
  if (!transforms.length) throw new Error('the encode worker was started with nothing to encode');
} catch (err) {
  refused = true;
  fail(err);
}
const plainHash = createHash('sha256');
let plainSize = 0;
const first = transforms[0];
const last = transforms[transforms.length - 1];

// Output is gathered into blocks of PIPELINE_CHUNK (zstd and gzip hand out whatever one step produced, age as
// many sealed 64 KiB chunks as a piece completed, none for some; one message per piece would cost more than
// small pieces), each moved to the main thread, at most OUT_WINDOW unacknowledged.
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
  scavenger.add(chunk.length);
  let off = 0;
  while (off < chunk.length) {
    out ??= Buffer.allocUnsafeSlow(PIPELINE_CHUNK);
    const n = chunk.copy(out, outFill, off);
    outFill += n;
    off += n;
    if (outFill === PIPELINE_CHUNK) sendOut();
  }
}

if (first && last) {
  last.on('data', gather);
  last.once('end', () => {
    sendOut();
    post({ t: 'done', plain: { size: plainSize, sha256: plainHash.digest('hex') } });
  });
  for (const s of transforms) s.once('error', fail);
  for (let i = 0; i + 1 < transforms.length; i++) transforms[i]!.pipe(transforms[i + 1]!);
}

port.on('message', (m: ToWorker) => {
  if (refused || !first) return;
  switch (m.t) {
    case 'in': {
      const view = Buffer.from(m.buf, 0, m.len);
      plainHash.update(view);
      plainSize += m.len;
      scavenger.add(m.len);
      // The first transform is done with the block once its write callback runs (zlib has compressed it,
      // age has sealed or copied it): the block then goes back to the main thread to be filled again.
      first.write(view, (err) => {
        if (err) return;
        post({ t: 'took', n: m.len, buf: m.buf }, [m.buf]);
      });
      return;
    }
    case 'end':
      first.end();
      return;
    case 'ack':
      unacked--;
      if (unacked < OUT_WINDOW && last?.isPaused()) last.resume();
      return;
  }
});
