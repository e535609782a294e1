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

  it('names action inputs in action terms', () => {
    expect(() => validate('restore', { from: '/b', target: '/t' }, (o) => `input '${o}'`)).toThrow("input 'name': is required");
  });
});
