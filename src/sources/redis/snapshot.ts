import * as net from 'node:net';
import * as tls from 'node:tls';
import { Readable } from 'node:stream';
import { OperationalError, UsageError, errorMessage } from '../../errors.js';
import type { RedisConn } from './options.js';

const EOF_MARK = 40;
const IDLE_TIMEOUT_MS = 120_000;

function resp(args: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const a of args) {
    const b = typeof a === 'string' ? Buffer.from(a) : a;
    parts.push(Buffer.from(`$${b.length}\r\n`), b, Buffer.from('\r\n'));
  }
  return Buffer.concat(parts);
}

export function refusedSyncMessage(display: string, reply: string): string {
  return (
    `${display}: the server refused SYNC (${reply.slice(0, 200)}); snapshot mode needs replication access, ` +
    'which managed services (ElastiCache, MemoryDB, Azure Cache, Redis Cloud…) and ACL users without +sync do not grant. ' +
    'Use --redis-format dump (the default, SCAN + DUMP) or --redis-format portable instead'
  );
}

export interface RdbSnapshot {
  /** The RDB file's bytes, exactly as redis-cli --rdb writes them. */
  stream: Readable;
  /** Declared size, or undefined when the server streams it diskless (EOF-marker transfer). */
  size: number | undefined;
}

/**
 * Fetches a point-in-time RDB through the replication protocol, as
 * `redis-cli --rdb` does: AUTH, REPLCONF capa eof, REPLCONF rdb-only 1, SYNC,
 * then either `$<length>` or `$EOF:<40-byte mark>` followed by the file.
 * The server forks and serializes its memory at one instant: unlike SCAN this
 * is consistent, and its cost (fork, copy-on-write) is the server's, not ours.
 */
export async function fetchRdb(conn: RedisConn, signal?: AbortSignal): Promise<RdbSnapshot> {
  const socket: net.Socket = conn.tls
    ? tls.connect({ host: conn.host, port: conn.port, servername: conn.tls.servername, ca: conn.tls.ca, rejectUnauthorized: conn.tls.rejectUnauthorized })
    : net.connect({ host: conn.host, port: conn.port });
  socket.setTimeout(IDLE_TIMEOUT_MS);
  let buf: Buffer = Buffer.alloc(0);
  let waiter: (() => void) | undefined;
  let failure: Error | undefined;
  const onData = (d: Buffer): void => {
    buf = buf.length ? Buffer.concat([buf, d]) : d;
    waiter?.();
  };
  const onError = (e: Error): void => {
    failure ??= new OperationalError(`${conn.display}: snapshot connection failed (${(e as NodeJS.ErrnoException).code ?? e.message})`, { cause: e });
    waiter?.();
  };
  const onClose = (): void => {
    failure ??= new OperationalError(`${conn.display}: the server closed the connection during the SYNC handshake`);
    waiter?.();
  };
  const onTimeout = (): void => {
    socket.destroy(new Error(`no data from the server for ${IDLE_TIMEOUT_MS / 1000} s`));
  };
  socket.on('data', onData);
  socket.on('error', onError);
  socket.on('close', onClose);
  socket.on('timeout', onTimeout);
  const abort = (): void => {
    socket.destroy(new Error('aborted'));
  };
  signal?.addEventListener('abort', abort, { once: true });

  /** The next reply line; bare newlines are the keepalives a master sends while it prepares the RDB. */
  const line = async (): Promise<string> => {
    for (;;) {
      while (buf.length && buf[0] === 0x0a) buf = buf.subarray(1);
      const nl = buf.indexOf(0x0a);
      if (nl >= 0) {
        const text = buf.subarray(0, nl).toString('latin1').replace(/\r$/, '');
        buf = buf.subarray(nl + 1);
        return text;
      }
      if (failure) throw failure;
      await new Promise<void>((r) => (waiter = r));
      waiter = undefined;
    }
  };
  const cleanup = (): void => {
    socket.off('data', onData);
    socket.off('close', onClose);
    socket.off('timeout', onTimeout);
    signal?.removeEventListener('abort', abort);
  };

  try {
    await new Promise<void>((resolve, reject) => {
      socket.once(conn.tls ? 'secureConnect' : 'connect', () => resolve());
      socket.once('error', reject);
    }).catch((e: unknown) => {
      throw new OperationalError(`${conn.display}: cannot connect (${(e as NodeJS.ErrnoException).code ?? errorMessage(e)})`, { cause: e });
    });
    if (conn.password) {
      socket.write(resp(conn.username ? ['AUTH', conn.username, conn.password] : ['AUTH', conn.password]));
      const r = await line();
      if (!r.startsWith('+')) throw new UsageError(`${conn.display}: authentication failed (${r.slice(1, 200)}); check the user name and password in the URI`);
    }
    for (const [k, v] of [
      ['capa', 'eof'],
      ['rdb-only', '1'],
    ] as const) {
      socket.write(resp(['REPLCONF', k, v]));
      const r = await line();
      // Older servers do not know rdb-only; a refusal of REPLCONF itself is a refusal of replication.
      if (r.startsWith('-') && /NOPERM|unknown command/i.test(r)) throw new OperationalError(refusedSyncMessage(conn.display, r.slice(1)));
    }
    socket.write(resp(['SYNC']));
    let head = await line();
    if (head.startsWith('-')) throw new OperationalError(refusedSyncMessage(conn.display, head.slice(1)));
    if (head.startsWith('+FULLRESYNC')) head = await line();
    if (!head.startsWith('$')) throw new OperationalError(`${conn.display}: unexpected reply to SYNC: '${head.slice(0, 80)}'`);
    let remaining = Infinity;
    let mark: Buffer | undefined;
    if (head.startsWith('$EOF:')) {
      mark = Buffer.from(head.slice(5, 5 + EOF_MARK), 'latin1');
      if (mark.length !== EOF_MARK) throw new OperationalError(`${conn.display}: malformed SYNC EOF marker`);
    } else {
      remaining = Number(head.slice(1));
      if (!Number.isSafeInteger(remaining) || remaining < 0) throw new OperationalError(`${conn.display}: malformed SYNC length '${head.slice(0, 40)}'`);
    }
    cleanup();
    socket.off('error', onError);
    return { stream: payloadStream(socket, buf, remaining, mark, conn.display), size: mark ? undefined : remaining };
  } catch (err) {
    cleanup();
    socket.destroy();
    throw err;
  }
}

/** The RDB bytes: up to the declared length, or up to (not including) the EOF marker. */
function payloadStream(socket: net.Socket, first: Buffer, length: number, mark: Buffer | undefined, display: string): Readable {
  let remaining = length;
  let tail = Buffer.alloc(0);
  let done = false;
  const out = new Readable({
    highWaterMark: 1 << 20,
    read() {
      socket.resume();
    },
    destroy(err, cb) {
      socket.destroy();
      cb(err);
    },
  });
  const finish = (): void => {
    done = true;
    out.push(null);
    socket.destroy();
  };
  const feed = (d: Buffer): void => {
    if (done || d.length === 0) return;
    if (!mark) {
      const take = Math.min(d.length, remaining);
      remaining -= take;
      const more = out.push(d.subarray(0, take));
      if (remaining === 0) return finish();
      if (!more) socket.pause();
      return;
    }
    const all = tail.length ? Buffer.concat([tail, d]) : d;
    const at = all.indexOf(mark);
    if (at >= 0) {
      out.push(all.subarray(0, at));
      return finish();
    }
    // Hold back what could be the start of the marker.
    const keep = Math.min(all.length, EOF_MARK - 1);
    tail = Buffer.from(all.subarray(all.length - keep));
    if (!out.push(all.subarray(0, all.length - keep))) socket.pause();
  };
  socket.on('data', feed);
  socket.on('error', (e) => {
    if (!done) out.destroy(new OperationalError(`${display}: the RDB transfer failed (${(e as NodeJS.ErrnoException).code ?? e.message})`));
  });
  socket.on('close', () => {
    if (!done) out.destroy(new OperationalError(`${display}: the server closed the connection before the RDB transfer completed`));
  });
  socket.setTimeout(IDLE_TIMEOUT_MS);
  socket.on('timeout', () => socket.destroy(new Error(`no data for ${IDLE_TIMEOUT_MS / 1000} s`)));
  process.nextTick(() => feed(first));
  return out;
}
