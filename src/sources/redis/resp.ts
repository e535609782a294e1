import * as net from 'node:net';
import * as tls from 'node:tls';
import { OperationalError, UsageError } from '../../errors.js';
import type { RedisConn } from './options.js';

/**
 * A minimal pipelined RESP2 connection for the hot paths (DUMP batches during
 * backup, RESTORE batches during restore). A general client spends most of its
 * time per command (objects, promises, argument conversion); here a batch of
 * commands is one buffer list written with writev, and its replies are one
 * array parsed straight into Buffers that point into the received chunks.
 * Large bulk replies are assembled in a buffer of their announced size, so a
 * 100 MB value costs one copy, not one per chunk.
 */

export class RespError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RespError';
  }
}

export type Reply = Buffer | number | null | RespError | Reply[];
export type Arg = Buffer | string | number;

const CRLF = Buffer.from('\r\n');
const OK = Buffer.from('OK');

/** Writes a non-negative safe integer's decimal digits at `p`; returns the position after them. */
function digitsOf(n: number): number {
  let digits = 1;
  for (let t = n; t >= 10; t = Math.floor(t / 10)) digits++;
  return digits;
}

function writeUint(c: Buffer, p: number, n: number): number {
  if (n < 10) {
    c[p] = 0x30 + n;
    return p + 1;
  }
  const digits = digitsOf(n);
  let q = p + digits;
  for (let t = n; t > 0; t = Math.floor(t / 10)) c[--q] = 0x30 + (t % 10);
  return p + digits;
}

/** Encodes commands; small parts are packed together, large Buffers are passed through uncopied. */
export class CommandEncoder {
  private parts: Buffer[] = [];
  private cur = Buffer.allocUnsafe(64 * 1024);
  private pos = 0;
  count = 0;
  bytes = 0;

  private room(n: number): void {
    if (this.pos + n <= this.cur.length) return;
    this.cut();
    if (n > this.cur.length) this.cur = Buffer.allocUnsafe(n);
  }
  private cut(): void {
    if (this.pos > 0) {
      this.parts.push(this.cur.subarray(0, this.pos));
      this.cur = this.cur.length - this.pos >= 16 * 1024 ? this.cur.subarray(this.pos) : Buffer.allocUnsafe(64 * 1024);
      this.pos = 0;
    }
  }
  /** Writes `<prefix><n>\r\n` (a RESP array or bulk header) without making a string. */
  private header(prefix: number, n: number): void {
    this.room(24);
    const c = this.cur;
    let p = this.pos;
    c[p++] = prefix;
    p = writeUint(c, p, n);
    c[p++] = 13;
    c[p++] = 10;
    this.pos = p;
  }
  command(args: readonly Arg[]): void {
    this.header(0x2a, args.length);
    for (const a of args) {
      if (Buffer.isBuffer(a)) {
        this.bulk(a);
      } else if (typeof a === 'number' && Number.isSafeInteger(a) && a >= 0) {
        // Expiry times, counts: digits written in place (a string per number is garbage per command).
        const len = digitsOf(a);
        this.header(0x24, len);
        this.room(len + 2);
        this.pos = writeUint(this.cur, this.pos, a);
        this.cur[this.pos++] = 13;
        this.cur[this.pos++] = 10;
        this.bytes += len;
      } else {
        const str = typeof a === 'number' ? String(a) : a;
        const len = Buffer.byteLength(str);
        this.header(0x24, len);
        this.room(len + 2);
        this.pos += this.cur.write(str, this.pos);
        this.cur[this.pos++] = 13;
        this.cur[this.pos++] = 10;
        this.bytes += len;
      }
    }
    this.count++;
  }
  /**
   * A two-argument command whose name is a constant (DUMP key): the hot path
   * of a backup, written without building an argument array or strings.
   */
  command2(name: Buffer, key: Buffer): void {
    this.header(0x2a, 2);
    this.bulk(name);
    this.bulk(key);
    this.count++;
  }

  /** A bulk string: small ones are copied into the current buffer, large ones passed through uncopied. */
  private bulk(a: Buffer): void {
    this.header(0x24, a.length);
    if (a.length > 4096) {
      this.cut();
      this.parts.push(a, CRLF);
    } else {
      this.room(a.length + 2);
      this.pos += a.copy(this.cur, this.pos);
      this.cur[this.pos++] = 13;
      this.cur[this.pos++] = 10;
    }
    this.bytes += a.length;
  }

  take(): Buffer[] {
    this.cut();
    const p = this.parts;
    this.parts = [];
    this.count = 0;
    this.bytes = 0;
    return p;
  }
}

interface Pending {
  count: number;
  replies: Reply[];
  resolve: (r: Reply[]) => void;
  reject: (e: Error) => void;
}

interface Frame {
  arr: Reply[];
  left: number;
}

/** The decimal integer in b[start, end) (an optional '-' first), without making a string. */
function parseIntAt(b: Buffer, start: number, end: number): number {
  let i = start;
  let neg = false;
  if (b[i] === 0x2d) {
    neg = true;
    i++;
  }
  if (end - i > 15 || i >= end) return Number(b.toString('latin1', start, end));
  let n = 0;
  for (; i < end; i++) {
    const d = b[i]! - 0x30;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return neg ? -n : n;
}

/** Incremental RESP2 parser: feed chunks, get complete top-level replies. */
class Parser {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private stack: Frame[] = [];
  private bulk: { out: Buffer; filled: number } | undefined;
  constructor(private readonly onReply: (r: Reply) => void) {}

  feed(chunk: Buffer): void {
    if (this.bulk) {
      const b = this.bulk;
      const n = Math.min(chunk.length, b.out.length - b.filled);
      chunk.copy(b.out, b.filled, 0, n);
      b.filled += n;
      if (b.filled < b.out.length) return;
      this.bulk = undefined;
      this.emit(b.out.subarray(0, b.out.length - 2));
      chunk = chunk.subarray(n);
      if (chunk.length === 0) return;
    }
    this.buf = this.pos < this.buf.length ? Buffer.concat([this.buf.subarray(this.pos), chunk]) : chunk;
    this.pos = 0;
    this.run();
  }

  private emit(v: Reply): void {
    for (;;) {
      const top = this.stack[this.stack.length - 1];
      if (!top) {
        this.onReply(v);
        return;
      }
      top.arr.push(v);
      if (--top.left > 0) return;
      this.stack.pop();
      v = top.arr;
    }
  }

  private run(): void {
    const b = this.buf;
    while (this.pos < b.length) {
      const start = this.pos;
      const nl = b.indexOf(10, start);
      if (nl < 0) return;
      const type = b[start]!;
      const lineEnd = nl - 1; // before \r
      switch (type) {
        case 0x24 /* $ */: {
          const len = parseIntAt(b, start + 1, lineEnd);
          if (len < 0) {
            this.pos = nl + 1;
            this.emit(null);
            break;
          }
          const dataStart = nl + 1;
          if (dataStart + len + 2 <= b.length) {
            this.pos = dataStart + len + 2;
            this.emit(b.subarray(dataStart, dataStart + len));
            break;
          }
          // Not all here: assemble it in its own buffer as the rest arrives.
          const out = Buffer.allocUnsafe(len + 2);
          const have = b.length - dataStart;
          b.copy(out, 0, dataStart);
          this.bulk = { out, filled: have };
          this.pos = b.length;
          return;
        }
        case 0x3a /* : */:
          this.pos = nl + 1;
          this.emit(parseIntAt(b, start + 1, lineEnd));
          break;
        case 0x2b /* + */:
          this.pos = nl + 1;
          // Nearly every status reply of a restore is +OK: one shared Buffer, not one per reply.
          this.emit(lineEnd - start === 3 && b[start + 1] === 0x4f && b[start + 2] === 0x4b ? OK : b.subarray(start + 1, lineEnd));
          break;
        case 0x2d /* - */:
          this.pos = nl + 1;
          this.emit(new RespError(b.toString('utf8', start + 1, lineEnd)));
          break;
        case 0x2a /* * */: {
          const n = parseIntAt(b, start + 1, lineEnd);
          this.pos = nl + 1;
          if (n < 0) this.emit(null);
          else if (n === 0) this.emit([]);
          else this.stack.push({ arr: [], left: n });
          break;
        }
        default:
          throw new OperationalError(`unexpected byte 0x${type.toString(16)} in a Redis reply`);
      }
    }
  }
}

export class RespConn {
  private readonly queue: Pending[] = [];
  private failure: Error | undefined;
  private readonly parser: Parser;

  private constructor(
    private readonly socket: net.Socket,
    readonly display: string,
  ) {
    this.parser = new Parser((r) => this.onReply(r));
    socket.on('data', (d: Buffer) => {
      try {
        this.parser.feed(d);
      } catch (e) {
        this.fail(e as Error);
      }
    });
    socket.on('error', (e: NodeJS.ErrnoException) => this.fail(new OperationalError(`${display}: connection failed (${e.code ?? e.message})`, { cause: e })));
    socket.on('close', () => this.fail(new OperationalError(`${display}: the server closed the connection`)));
  }

  static async connect(conn: RedisConn, db = 0): Promise<RespConn> {
    const socket: net.Socket = conn.tls
      ? tls.connect({ host: conn.host, port: conn.port, servername: conn.tls.servername, ca: conn.tls.ca, rejectUnauthorized: conn.tls.rejectUnauthorized })
      : net.connect({ host: conn.host, port: conn.port });
    socket.setNoDelay(true);
    await new Promise<void>((resolve, reject) => {
      socket.once(conn.tls ? 'secureConnect' : 'connect', () => resolve());
      socket.once('error', (e: NodeJS.ErrnoException) => reject(new OperationalError(`${conn.display}: cannot connect (${e.code ?? e.message})`, { cause: e })));
    });
    const c = new RespConn(socket, conn.display);
    if (conn.password) {
      const [r] = await c.call([conn.username ? ['AUTH', conn.username, conn.password] : ['AUTH', conn.password]]);
      if (r instanceof RespError) {
        c.close();
        throw new UsageError(`${conn.display}: authentication failed (${r.message}); check the user name and password in the URI`);
      }
    }
    if (db !== 0) {
      const [r] = await c.call([['SELECT', db]]);
      if (r instanceof RespError) {
        c.close();
        throw new OperationalError(`${conn.display}: SELECT ${db} failed (${r.message})`);
      }
    }
    return c;
  }

  private onReply(r: Reply): void {
    const p = this.queue[0];
    if (!p) return this.fail(new OperationalError(`${this.display}: a reply nobody asked for`));
    p.replies.push(r);
    if (p.replies.length === p.count) {
      this.queue.shift();
      p.resolve(p.replies);
    }
  }

  private fail(e: Error): void {
    if (this.failure) return;
    this.failure = e;
    for (const p of this.queue.splice(0)) p.reject(e);
    this.socket.destroy();
  }

  private drained: Promise<void> | undefined;

  /**
   * Sends an encoded batch; the promise resolves with its `count` replies
   * (errors come back as RespError values). Call `writable()` before sending
   * more to respect the socket's backpressure.
   */
  send(parts: Buffer[], count: number): Promise<Reply[]> {
    if (this.failure) return Promise.reject(this.failure);
    const done = new Promise<Reply[]>((resolve, reject) => this.queue.push({ count, replies: [], resolve, reject }));
    this.socket.cork();
    let ok = true;
    for (const p of parts) ok = this.socket.write(p);
    this.socket.uncork();
    if (!ok && !this.drained) {
      this.drained = new Promise<void>((r) =>
        this.socket.once('drain', () => {
          this.drained = undefined;
          r();
        }),
      );
    }
    return done;
  }

  /** Resolves once the socket has flushed what was written (immediately if it has). */
  writable(): Promise<void> {
    return this.drained ?? Promise.resolve();
  }

  async call(cmds: readonly (readonly Arg[])[]): Promise<Reply[]> {
    const enc = new CommandEncoder();
    for (const c of cmds) enc.command(c);
    return this.send(enc.take(), cmds.length);
  }

  close(): void {
    this.failure ??= new OperationalError(`${this.display}: connection closed`);
    this.socket.destroy();
  }
}
