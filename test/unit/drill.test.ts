import { describe, expect, it } from '@jest/globals';
import { compareFingerprints } from '../../src/commands/drill.js';
import { MongoSource } from '../../src/sources/mongodb/mongo-source.js';
import type { MongoSourceOptions } from '../../src/sources/mongodb/options.js';

/** The database a drill's fingerprint of `target` covers after restoring a backup of `backedUp` there (undefined: all). */
const scopeAfterRestore = (backedUp: Parameters<MongoSource['fingerprintScope']>[0], target: string, opts?: MongoSourceOptions) =>
  new MongoSource(target, opts, '--target').fingerprintScope(backedUp);

describe('drill: where the restored data is, and what differs', () => {
  const mongo = (location: string) => ({ source: { kind: 'mongodb', location } });

  it('fingerprints a one-database MongoDB backup restored into a whole server in that database', () => {
    expect(scopeAfterRestore(mongo('mongodb://db.example:27017/app?replicaSet=rs0'), 'mongodb://127.0.0.1:27017/?directConnection=true')).toBe('app');
    expect(scopeAfterRestore(mongo('mongodb://db.example/app'), 'mongodb://127.0.0.1:27017')).toBe('app');
    expect(scopeAfterRestore(mongo('mongodb+srv://u:***@cluster.example/app'), 'mongodb+srv://cluster2.example/')).toBe('app');
  });

  it('leaves the target alone when it names a database, the backup covered the server, renames apply, or the kind is not MongoDB', () => {
    expect(scopeAfterRestore(mongo('mongodb://db.example/app'), 'mongodb://127.0.0.1/copy')).toBe('copy');
    expect(scopeAfterRestore(mongo('mongodb://db.example/?tls=true'), 'mongodb://127.0.0.1/')).toBeUndefined();
    expect(scopeAfterRestore(mongo('mongodb://db.example/app'), 'mongodb://127.0.0.1/', { nsFrom: ['app.*'], nsTo: ['x.*'] })).toBeUndefined();
    expect(scopeAfterRestore({ source: { kind: 'redis', location: 'redis://h:1/3' } }, 'mongodb://127.0.0.1:27017')).toBeUndefined();
    // Without a restored backup (a plain fingerprint of the location): the whole server.
    expect(scopeAfterRestore(undefined, 'mongodb://127.0.0.1:27017')).toBeUndefined();
  });

  it('names each item that differs, with digests shown after their scheme prefix', () => {
    const fp = (users: string) => ({ kind: 'mongodb', summary: { collections: 1, documents: 2 }, items: { users: { count: 2, digest: users } }, digest: `sha256:${users}` });
    expect(compareFingerprints(fp('sha256sum8:aaaaaaaaaaaaaaaa'), fp('sha256sum8:bbbbbbbbbbbbbbbb'))).toEqual([{ item: 'users', expected: '2 / aaaaaaaaaaaa', actual: '2 / bbbbbbbbbbbb' }]);
    expect(compareFingerprints(fp('sha256sum8:aa'), fp('sha256sum8:aa'))).toEqual([]);
  });
});
