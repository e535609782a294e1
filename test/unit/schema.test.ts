import { describe, expect, it } from '@jest/globals';
import { validate } from '../../src/config/schema.js';
import { UsageError } from '../../src/errors.js';

const cli = (o: string) => `--${o}`;

describe('config validation', () => {
  it('fills defaults', () => {
    expect(validate('backup', { source: '/data', to: ['/backups'] }, cli)).toMatchObject({ compression: 'gzip', include: [], json: false });
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
  it('names action inputs in action terms', () => {
    expect(() => validate('restore', { from: '/b', target: '/t' }, (o) => `input '${o}'`)).toThrow("input 'name': is required");
  });
});
