import { describe, expect, it } from '@jest/globals';
import { compareFingerprints, restoredScope } from '../../src/commands/drill.js';

describe('drill: where the restored data is, and what differs', () => {
  const mongo = (location: string) => ({ source: { kind: 'mongodb', location } });

  it('fingerprints a one-database MongoDB backup restored into a whole server in that database', () => {
    expect(restoredScope(mongo('mongodb://db.example:27017/app?replicaSet=rs0'), 'mongodb://127.0.0.1:27017/?directConnection=true')).toBe('mongodb://127.0.0.1:27017/app?directConnection=true');
    expect(restoredScope(mongo('mongodb://db.example/app'), 'mongodb://127.0.0.1:27017')).toBe('mongodb://127.0.0.1:27017/app');
    expect(restoredScope(mongo('mongodb+srv://u:***@cluster.example/app'), 'mongodb+srv://cluster2.example/')).toBe('mongodb+srv://cluster2.example/app');
  });

  it('leaves the target alone when it names a database, the backup covered the server, renames apply, or the kind is not MongoDB', () => {
    expect(restoredScope(mongo('mongodb://db.example/app'), 'mongodb://127.0.0.1/copy')).toBe('mongodb://127.0.0.1/copy');
    expect(restoredScope(mongo('mongodb://db.example/?tls=true'), 'mongodb://127.0.0.1/')).toBe('mongodb://127.0.0.1/');
    expect(restoredScope(mongo('mongodb://db.example/app'), 'mongodb://127.0.0.1/', { nsFrom: ['app.*'], nsTo: ['x.*'] } as never)).toBe('mongodb://127.0.0.1/');
    expect(restoredScope({ source: { kind: 'redis', location: 'redis://h:1/3' } }, 'redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });

  it('names each item that differs, with digests shown after their scheme prefix', () => {
    const fp = (users: string) => ({ kind: 'mongodb', summary: { collections: 1, documents: 2 }, items: { users: { count: 2, digest: users } }, digest: `sha256:${users}` });
    expect(compareFingerprints(fp('sha256sum8:aaaaaaaaaaaaaaaa'), fp('sha256sum8:bbbbbbbbbbbbbbbb'))).toEqual([{ item: 'users', expected: '2 / aaaaaaaaaaaa', actual: '2 / bbbbbbbbbbbb' }]);
    expect(compareFingerprints(fp('sha256sum8:aa'), fp('sha256sum8:aa'))).toEqual([]);
  });
});
