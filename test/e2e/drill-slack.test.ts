import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { bakup, parseGithubOutput, runAction } from '../helpers/cli.js';
import { makeSampleTree, tempDir } from '../helpers/tree.js';

/** A real HTTP server on loopback standing in for Slack's webhook endpoint. */
async function receiver(status: number): Promise<{ url: string; bodies: unknown[]; close(): Promise<void> }> {
  const bodies: unknown[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      bodies.push(JSON.parse(data));
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status === 200 ? 'ok' : 'no_service');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/services/T000/B000/secret-token-xyz`, bodies, close: () => new Promise((r) => server.close(() => r())) };
}

describe('drill, job summary and Slack through the bundle', () => {
  let work: string;
  let src: string;
  let store: string;
  let slack: Awaited<ReturnType<typeof receiver>>;
  let broken: Awaited<ReturnType<typeof receiver>>;
  const gh = () => ({
    GITHUB_OUTPUT: path.join(work, 'out'),
    GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'),
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_RUN_ID: '4242',
  });
  const reset = async () => {
    await fs.writeFile(path.join(work, 'out'), '');
    await fs.writeFile(path.join(work, 'summary.md'), '');
  };

  beforeAll(async () => {
    work = await tempDir('drill');
    src = path.join(work, 'src');
    store = path.join(work, 'store');
    await fs.mkdir(src);
    await makeSampleTree(src);
    slack = await receiver(200);
    broken = await receiver(500);
  });
  afterAll(async () => {
    await slack.close();
    await broken.close();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('posts one Block Kit message per run with the figures and the run link, never leaking the webhook', async () => {
    await reset();
    const r = await runAction({ command: 'backup', source: src, storage: store, name: 'app', 'slack-webhook-url': slack.url }, gh());
    expect(r.code).toBe(0);
    expect(slack.bodies).toHaveLength(1);
    const msg = JSON.stringify(slack.bodies[0]);
    expect(msg).toContain('bakup backup `app` succeeded');
    expect(msg).toContain('<https://github.example/acme/app/actions/runs/4242|acme/app run 4242>');
    expect(msg).toMatch(/\*Size\*\\n[\d.]+ (B|KiB|MiB)/);
    expect(msg).toContain(parseGithubOutput(await fs.readFile(path.join(work, 'out'), 'utf8'))['backup-id']);
    // The runner's own masking is asked for (add-mask); no other line carries the webhook.
    expect(r.stdout).toContain(`::add-mask::${slack.url}`);
    expect(r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain('secret-token-xyz');
  });

  it('a failing Slack endpoint is logged and does not fail the backup; notify=failure stays quiet on success', async () => {
    await reset();
    const r = await runAction({ command: 'backup', source: src, storage: store, name: 'app', 'slack-webhook-url': broken.url }, gh());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::Slack notification failed: HTTP 500/);
    expect(broken.bodies).toHaveLength(1);
    const before = slack.bodies.length;
    expect((await runAction({ command: 'list', storage: store, 'slack-webhook-url': slack.url, notify: 'failure' }, gh())).code).toBe(0);
    expect(slack.bodies).toHaveLength(before);
    const failed = await bakup(['verify', '--from', store, '--name', 'nobody', '--slack-webhook-url', slack.url, '--notify', 'failure']);
    expect(failed.code).toBe(2);
    expect(slack.bodies).toHaveLength(before + 1);
    expect(JSON.stringify(slack.bodies[before])).toContain("no backups named 'nobody'");
  });

  it('drills the latest backup into a throwaway target: verdict, RTO/RPO outputs, summary with a chart', async () => {
    await reset();
    const target = path.join(work, 'throwaway');
    const r = await runAction({ command: 'drill', storage: store, name: 'app', target, 'max-age': '1h', 'max-restore-time': '5m', 'slack-webhook-url': slack.url }, gh());
    expect(r.code).toBe(0);
    const out = parseGithubOutput(await fs.readFile(path.join(work, 'out'), 'utf8'));
    expect(out.verdict).toBe('passed');
    expect(Number(out['rto-seconds'])).toBeGreaterThan(0);
    expect(Number(out['rpo-seconds'])).toBeGreaterThanOrEqual(0);
    const md = await fs.readFile(path.join(work, 'summary.md'), 'utf8');
    expect(md).toContain('bakup restore drill `app`: passed');
    expect(md).toMatch(/objective 1 h 0 min: met/);
    expect(md).toContain('```mermaid\nxychart-beta');
    expect(JSON.stringify(slack.bodies[slack.bodies.length - 1])).toContain('Verdict*\\nPASSED');
  });

  it('fails a drill whose objective is missed (exit 1) and one whose data was altered after the fingerprint (exit 3)', async () => {
    const late = await bakup(['drill', '--from', store, '--name', 'app', '--target', path.join(work, 't2'), '--max-age', '1ms', '--json']);
    expect(late.code).toBe(1);
    const report = JSON.parse(late.stdout) as { ok: boolean; failures: string[] };
    expect(report.ok).toBe(false);
    expect(report.failures.join()).toMatch(/RPO missed: the backup is .* old, the objective is 1 ms/);

    // Alter the stored data and re-seal the digests, as someone with write access to the store could: only the fingerprint catches it.
    const b = JSON.parse((await bakup(['backup', '--source', src, '--to', store, '--name', 'tampered', '--compression', 'none', '--json'])).stdout) as { id: string };
    const dir = path.join(store, 'tampered', b.id);
    const manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as { artifacts: { name: string; size: number; sha256: string; plain: { size: number; sha256: string } }[] };
    const art = path.join(dir, manifest.artifacts[0]!.name);
    const bytes = await fs.readFile(art);
    const at = bytes.indexOf(Buffer.from('hello world'));
    expect(at).toBeGreaterThan(0);
    bytes.write('HELLO', at);
    await fs.writeFile(art, bytes);
    const sha = createHash('sha256').update(bytes).digest('hex');
    manifest.artifacts[0] = { ...manifest.artifacts[0]!, sha256: sha, plain: { size: bytes.length, sha256: sha } };
    await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    expect((await bakup(['verify', '--from', store, '--name', 'tampered'])).code).toBe(0);
    const d = await bakup(['drill', '--from', store, '--name', 'tampered', '--target', path.join(work, 't3')]);
    expect(d.code).toBe(3);
    expect(d.stdout).toMatch(/drill FAILED/);
    expect(d.stdout).toMatch(/does not match the backup's fingerprint/);
  });
});
