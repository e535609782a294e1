import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the proxy saw of one request. */
export interface SeenRequest {
  n: number;
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  fault: Fault;
  /** The peer's answer, when one was forwarded. */
  status?: number;
  /** When the request arrived and when its answer was finished (ms, performance.now()). */
  start: number;
  end?: number;
}

/** The largest number of the given requests that were in flight at the same moment. */
export function maxOverlap(requests: SeenRequest[]): number {
  const edges = requests.flatMap((r) => [
    [r.start, 1],
    [r.end ?? Infinity, -1],
  ]);
  edges.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  let now = 0;
  let max = 0;
  for (const [, d] of edges) max = Math.max(max, (now += d!));
  return max;
}

/**
 * - `pass`: forward unchanged
 * - `503`: answer 503 SlowDown without forwarding (S3's throttling answer)
 * - `reset`: drop the client connection before forwarding anything
 * - `reset-midway`: forward, then drop both connections after `midwayBytes` of request or response body
 * - `501`: answer 501 NotImplemented without forwarding (a store without the feature the request asks for)
 */
export type Fault = 'pass' | '503' | 'reset' | 'reset-midway' | '501';

/**
 * A small HTTP proxy in front of a real peer that injects transient faults on
 * the requests `decide` picks, and can "die" (stop accepting and drop every
 * connection) to play a peer that goes away mid-upload. Headers, including
 * Host, pass unchanged, so SigV4 signatures made for the proxy's address stay
 * valid at the peer.
 */
export class FaultProxy {
  readonly seen: SeenRequest[] = [];
  private readonly sockets = new Set<Socket>();
  private server: http.Server;
  private port = 0;
  midwayBytes = 1 << 20;

  private constructor(
    private readonly target: URL,
    public decide: (req: http.IncomingMessage, n: number) => Fault,
  ) {
    this.server = this.makeServer();
  }

  static async start(target: string, decide: (req: http.IncomingMessage, n: number) => Fault = () => 'pass'): Promise<FaultProxy> {
    const proxy = new FaultProxy(new URL(target), decide);
    await proxy.listen();
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  faults(): SeenRequest[] {
    return this.seen.filter((r) => r.fault !== 'pass');
  }

  private makeServer(): http.Server {
    const server = http.createServer((req, res) => this.handle(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    return server;
  }

  private listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, '127.0.0.1', () => {
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const n = this.seen.length + 1;
    const fault = this.decide(req, n);
    const seen: SeenRequest = { n, method: req.method ?? '', url: req.url ?? '', headers: req.headers, fault, start: performance.now() };
    res.on('close', () => (seen.end = performance.now()));
    this.seen.push(seen);
    if (fault === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault === '503' || fault === '501') {
      req.resume();
      const [code, text] = fault === '503' ? ['SlowDown', 'Please reduce your request rate.'] : ['NotImplemented', 'A header you provided implies functionality that is not implemented.'];
      const xml = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${text}</Message></Error>`;
      res.writeHead(Number(fault), { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(xml), connection: 'close' });
      res.end(req.method === 'HEAD' ? undefined : xml);
      return;
    }
    const upstream = http.request({
      host: this.target.hostname,
      port: this.target.port,
      method: req.method,
      path: req.url,
      headers: req.headers,
    });
    let moved = 0;
    const cut = () => {
      upstream.destroy();
      req.socket.destroy();
    };
    const count = (chunk: Buffer) => {
      moved += chunk.length;
      if (fault === 'reset-midway' && moved >= this.midwayBytes) cut();
    };
    upstream.on('response', (up) => {
      // Keep follow-up requests (e.g. a GCS upload session's URI) coming through the proxy.
      const location = up.headers.location;
      if (typeof location === 'string' && location.startsWith(this.target.origin)) up.headers.location = this.url + location.slice(this.target.origin.length);
      seen.status = up.statusCode;
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.on('data', count);
      up.pipe(res);
    });
    upstream.on('error', () => req.socket.destroy());
    req.on('data', count);
    req.pipe(upstream);
    // A short request body ends before the byte budget: cut right after forwarding it. A request
    // without a body (a download) is cut in its response instead: cutting when the request ends
    // could come before the first response byte on a loaded machine, and then nothing is resumed.
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (fault === 'reset-midway' && hasBody) req.on('end', () => setTimeout(cut, 5));
  }

  /** The peer "dies": no new connections, every open one dropped. */
  async kill(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
  }

  /** The peer comes back on the same address. */
  async revive(): Promise<void> {
    this.server = this.makeServer();
    await this.listen();
  }

  async stop(): Promise<void> {
    if (this.server.listening) await this.kill();
  }
}
