import { describe, expect, it } from '@jest/globals';
import { redact, registerSecret } from '../../src/util/redact.js';
import { formatBytes, parseDuration } from '../../src/util/format.js';

describe('redact', () => {
  it.each([
    ['mongodb://admin:s3cret@db.example.com:27017/app', 'mongodb://admin:***@db.example.com:27017/app'],
    ['redis://:hunter2@127.0.0.1:6379/0', 'redis://***@127.0.0.1:6379/0'],
    ['https://acct.blob.core.windows.net/c?sv=2024&sig=abcDEF%2B&se=x', 'https://acct.blob.core.windows.net/c?sv=2024&sig=***&se=x'],
    ['DefaultEndpointsProtocol=https;AccountName=a;AccountKey=ZmFrZQ==;EndpointSuffix=core', 'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=***;EndpointSuffix=core'],
    ['plain text with no secrets', 'plain text with no secrets'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('replaces registered literal secrets anywhere', () => {
    registerSecret('n8n_api_0123456789');
    expect(redact('header X-N8N-API-KEY: n8n_api_0123456789 sent')).toBe('header X-N8N-API-KEY: *** sent');
  });
});

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['15m', 900_000],
    ['24h', 86_400_000],
    ['7d', 604_800_000],
    ['1h30m', 5_400_000],
  ])('%s', (text, ms) => expect(parseDuration(text)).toBe(ms));
  it.each(['', '15', 'm15', '1y', '-5m'])('rejects %j', (text) => expect(parseDuration(text)).toBeUndefined());
});

describe('formatBytes', () => {
  it('prints whole bytes below a KiB (a progress rate is a fraction) and two to three digits above', () => {
    expect(formatBytes(184.1815818418158)).toBe('184 B');
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023.6)).toBe('1024 B');
    expect(formatBytes(1536)).toBe('1.50 KiB');
    expect(formatBytes(15 * 1024 * 1024)).toBe('15.0 MiB');
    expect(formatBytes(300 * 1024 ** 3)).toBe('300 GiB');
  });
});
