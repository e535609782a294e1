import { MongoClient, MongoServerError, type Document, type ReadPreference } from 'mongodb';
import { BakupError, OperationalError, UsageError, errorMessage } from '../../errors.js';
import { redact } from '../../util/redact.js';

/** What the connection string says, without opening a connection. */
export interface MongoLocation {
  uri: string;
  /** The URI with credentials removed. */
  safe: string;
  /** The database named in the path, when there is one: it scopes the backup/restore. */
  db: string | undefined;
  hosts: string;
}

const URI_RE = /^(mongodb(?:\+srv)?):\/\/(?:[^@/]*@)?([^/?]*)(?:\/([^?]*))?(?:\?.*)?$/i;

export function parseMongoUri(raw: string, flag = '--source'): MongoLocation {
  const uri = raw.trim();
  const m = URI_RE.exec(uri);
  if (!m || !m[2]) {
    throw new UsageError(`${flag}: '${redact(uri)}' is not a MongoDB connection string; expected mongodb://[user:pass@]host[:port][/database][?options] or mongodb+srv://…`);
  }
  let db: string | undefined;
  if (m[3]) {
    try {
      db = decodeURIComponent(m[3]);
    } catch {
      throw new UsageError(`${flag}: the database name in '${redact(uri)}' is not valid percent-encoding`);
    }
    if (/[/\\ ."$]/.test(db) || db.length > 63) {
      throw new UsageError(`${flag}: '${db}' is not a valid database name (no / \\ . space " $, at most 63 bytes)`);
    }
  }
  return { uri, safe: redact(uri), db: db || undefined, hosts: m[2] };
}

/** Turns a driver error into one line for the user, naming the location and never its secrets. */
export function describeMongoError(err: unknown, where: string, doing: string): BakupError {
  if (err instanceof BakupError) return err;
  const msg = redact(errorMessage(err));
  const name = err instanceof Error ? err.name : '';
  const code = err instanceof MongoServerError ? err.code : undefined;
  if (code === 18 || /Authentication failed|auth.*fail/i.test(msg)) {
    return new OperationalError(`${where}: authentication failed while ${doing}; check the user name, password and authSource`, { cause: err });
  }
  if (code === 13 || /not authorized|Unauthorized/i.test(msg)) {
    return new OperationalError(`${where}: not authorized while ${doing} (${msg}); the user needs the backup/restore roles`, { cause: err });
  }
  if (name === 'MongoParseError' || name === 'MongoInvalidArgumentError' || name === 'MongoAPIError') {
    return new UsageError(`${where}: invalid connection string or option (${msg})`, { cause: err });
  }
  if (name === 'MongoServerSelectionError' || name === 'MongoNetworkError' || name === 'MongoNetworkTimeoutError' || name === 'MongoTopologyClosedError') {
    return new OperationalError(`${where}: cannot reach MongoDB while ${doing} (${msg})`, { cause: err });
  }
  return new OperationalError(`${where}: ${doing} failed: ${msg}`, { cause: err });
}

export interface ServerFacts {
  version: string;
  /** Set when the server is a replica-set member (it has an oplog.rs). */
  setName: string | undefined;
  isMongos: boolean;
}

export async function connect(loc: MongoLocation, opts: { serverSelectionTimeoutMs: number; readPreference?: ReadPreference }): Promise<MongoClient> {
  let client: MongoClient;
  try {
    client = new MongoClient(loc.uri, {
      appName: 'bakup',
      serverSelectionTimeoutMS: opts.serverSelectionTimeoutMs,
      ...(opts.readPreference ? { readPreference: opts.readPreference } : {}),
    });
  } catch (err) {
    throw describeMongoError(err, loc.safe, 'reading the connection string');
  }
  try {
    await client.connect();
    await client.db('admin').command({ ping: 1 });
  } catch (err) {
    await client.close().catch(() => undefined);
    throw describeMongoError(err, loc.safe, 'connecting');
  }
  return client;
}

export async function serverFacts(client: MongoClient): Promise<ServerFacts> {
  const admin = client.db('admin');
  const hello: Document = await admin.command({ hello: 1 }).catch(() => admin.command({ isMaster: 1 }));
  let version = '0.0.0';
  try {
    const bi = await admin.command({ buildInfo: 1 });
    if (typeof bi.version === 'string') version = bi.version;
  } catch {
    // Some proxies refuse buildInfo; the archive then records 0.0.0, which mongorestore accepts.
  }
  return {
    version,
    setName: typeof hello.setName === 'string' ? hello.setName : undefined,
    isMongos: hello.msg === 'isdbgrid',
  };
}
