import { describe, expect, it } from '@jest/globals';
import { retentionPolicy, validate } from '../../src/config/schema.js';
import { UsageError } from '../../src/errors.js';
import { zstdAvailable } from '../../src/pipeline/compression.js';

const cli = (o: string) => `--${o}`;

describe('config validation', () => {
  it('fills defaults', () => {
    // zstd where the runtime has it (Node >= 22.15), gzip elsewhere.
    expect(validate('backup', { source: '/data', to: ['/backups'] }, cli)).toMatchObject({ compression: zstdAvailable() ? 'zstd' : 'gzip', include: [], json: false });
    expect(zstdAvailable()).toBe(Number(process.versions.node.split('.')[0]) >= 23 || /^22\.(1[5-9]|2\d)/.test(process.versions.node));
    expect(validate('restore', { from: '/b', name: 'app', target: '/t' }, cli)).toMatchObject({ 'backup-id': 'latest', overwrite: false });
    expect(validate('verify', { from: '/b', name: 'app', 'backup-id': 'all' }, cli)['backup-id']).toBe('all');
  });
  it.each([
    ['backup', { to: ['/b'] }, '--source: is required'],
    ['backup', { source: '/d', to: [] }, '--to: at least one storage URL is required'],
    ['backup', { source: '/d', to: ['/b'], name: 'a b' }, "--name: expected letters"],
    ['backup', { source: '/d', to: ['/b'], compression: 'gzip', 'compression-level': '12' }, '--compression-level: expected 1-9 for gzip'],
    ['restore', { from: '/b', name: 'app' }, '--target: is required'],
    ['verify', { from: '/b', name: 'app', 'backup-id': 'some' }, "--backup-id: expected 'latest' or a backup id"],
  ] as const)('%s %j → %s', (command, raw, message) => {
    expect(() => validate(command, raw as Record<string, unknown>, cli)).toThrow(UsageError);
    expect(() => validate(command, raw as Record<string, unknown>, cli)).toThrow(message);
  });
  it('reads retention rules from flags and from one string', () => {
    const v = validate('prune', { from: '/b', name: 'app', retention: 'keep-daily=7 keep-weekly=4\nkeep-within: 36h', 'keep-last': '3' }, cli);
    expect(retentionPolicy(v, cli)).toEqual({ last: 3, hourly: undefined, daily: 7, weekly: 4, monthly: undefined, yearly: undefined, withinMs: 36 * 3_600_000 });
    expect(() => retentionPolicy({ retention: 'keep-forever=1' }, cli)).toThrow("--retention: cannot read 'keep-forever=1'");
    expect(() => validate('prune', { from: '/b', name: 'app', 'keep-daily': 'seven' }, cli)).toThrow('--keep-daily: expected a whole number of backups');
    expect(() => validate('drill', { from: '/b', name: 'app', target: '/t', 'max-age': '1 day' }, cli)).toThrow('--max-age: expected a duration like 90s');
    expect(() => validate('list', { from: '/b', notify: 'sometimes' }, cli)).toThrow('--notify: expected one of always, failure, never');
  });

  it('reads the database options: sizes, durations, and --no-oplog against --oplog', () => {
    const b = validate('backup', { source: 'redis://h', to: ['/b'], 'redis-batch-bytes': '512KiB', 'server-selection-timeout': '1500ms', 'no-oplog': true }, cli);
    expect(b).toMatchObject({ 'redis-batch-bytes': 512 << 10, 'server-selection-timeout': 1500, 'no-oplog': true });
    expect(validate('restore', { from: '/b', name: 'a', target: 'redis://h', 'redis-batch-bytes': '16m', 'batch-size': '50' }, cli)).toMatchObject({ 'redis-batch-bytes': 16 << 20, 'batch-size': 50 });
    expect(() => validate('restore', { from: '/b', name: 'a', target: 't', 'redis-batch-bytes': '1KiB' }, cli)).toThrow('--redis-batch-bytes: expected a size from 64KiB to 1024MiB');
    expect(() => validate('restore', { from: '/b', name: 'a', target: 't', 'redis-batch-bytes': 'lots' }, cli)).toThrow('--redis-batch-bytes: expected a size');
    expect(() => validate('drill', { from: '/b', name: 'a', target: 't', 'server-selection-timeout': '2h' }, cli)).toThrow('--server-selection-timeout: expected a duration from 1ms to 1h');
    expect(() => validate('restore', { from: '/b', name: 'a', target: 't', 'batch-size': '0' }, cli)).toThrow('--batch-size: expected a whole number of at least 1');
    expect(() => validate('backup', { source: 's', to: ['/b'], oplog: true, 'no-oplog': true }, cli)).toThrow('--no-oplog: cannot be combined with oplog');
  });

  it('names action inputs in action terms', () => {
    expect(() => validate('restore', { from: '/b', target: '/t' }, (o) => `input '${o}'`)).toThrow("input 'name': is required");
  });
});
