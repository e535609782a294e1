import { createReadStream } from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { VerificationError } from '../../src/errors.js';
import { backupFiles } from '../../src/sources/n8n/restore.js';
import { WorkflowFingerprint, type Workflow } from '../../src/sources/n8n/workflow.js';

/**
 * test/fixtures/n8n-api-before-tar-stream.tar is the n8n.tar of an API-mode backup that main's bundle
 * (dist/ at 4344338, with the n8n source's own tar writer) took of the n8n test peer on 2026-11-26:
 * two workflows (one with a 100-byte entry name, one with a non-ASCII name), a tag, a credential stub.
 * Backups written before n8n moved to files/tar-stream.ts must still restore.
 */
const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'n8n-api-before-tar-stream.tar');

async function filesOf(stream: Readable): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for await (const f of backupFiles(stream, 'fixture')) out.set(f.name, f.body);
  return out;
}

describe('n8n tar: backups written by the former tar writer', () => {
  it('reads every file of a backup made before the change, in order, with its exact content', async () => {
    const files = await filesOf(createReadStream(FIXTURE));
    expect([...files.keys()]).toEqual([
      'tags.json',
      'credentials.json',
      'workflows/L6r5Lvs0IvehiY4X-mends-a-workflow-whose-name-is-long-enou.json',
      'workflows/x0Rr5knzvzkUlogw-mends-orders.json',
      'index.json',
    ]);
    const index = JSON.parse(files.get('index.json')!.toString('utf8')) as { fingerprint: string; workflows: { file: string }[] };
    expect(index.workflows.map((w) => w.file).sort()).toEqual([...files.keys()].filter((k) => k.startsWith('workflows/')).sort());
    // The fingerprint the backup recorded, recomputed from the workflow files read back: every byte came through.
    const fp = new WorkflowFingerprint();
    for (const [name, body] of files) if (name.startsWith('workflows/')) fp.add(JSON.parse(body.toString('utf8')) as Workflow);
    expect(fp.result().digest).toBe(index.fingerprint);
  });

  it('a damaged archive is a verification failure naming it', async () => {
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      createReadStream(FIXTURE).on('data', (c) => chunks.push(c as Buffer)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
    });
    const damaged = Buffer.from(bytes);
    damaged.write('garbage!', 1024 + 148, 'ascii'); // the second entry's header checksum
    const err = await filesOf(Readable.from([damaged])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VerificationError);
    expect((err as Error).message).toMatch(/^fixture: tar archive is corrupt: /);
  });
});
