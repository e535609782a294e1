import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateBucketCommand, DeleteBucketCommand, DeleteObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { BlobServiceClient } from '@azure/storage-blob';
import { Storage as GcsClient } from '@google-cloud/storage';
import { runCli } from '../../src/cli/main.js';
import { parentsFirst } from '../../src/commands/copy.js';
import { diffTrees, makeSampleTree, tempDir } from '../helpers/tree.js';
import { needServices } from '../helpers/services.js';

/** `bakup …` in this process: the CLI's parsing, validation, engine and exit code, without the bundle. */
async function bakup(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        add(chunk.toString());
        cb();
      },
    });
  const code = await runCli(args, { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)) });
  return { code, stdout, stderr };
}

interface CopyJson {
  backups: { id: string; type: string; destinations: { location: string; status: string; reason?: string }[] }[];
}

const savedEnv = { ...process.env };
let s3: S3Client;
let gcs: GcsClient;
let azure: BlobServiceClient;
let bucket: string;
let gcsEndpoint: string;
let work: string;
let src: string;
let passFile: string;

beforeAll(async () => {
  const peer = needServices('s3', 'gcs', 'azurite');
  // bakup finds every peer the way the cloud tools do: their standard variables.
  process.env.AWS_ACCESS_KEY_ID = peer.BAKUP_TEST_S3_ACCESS_KEY_ID;
  process.env.AWS_SECRET_ACCESS_KEY = peer.BAKUP_TEST_S3_SECRET_ACCESS_KEY;
  process.env.AWS_REGION = peer.BAKUP_TEST_S3_REGION;
  process.env.AWS_ENDPOINT_URL_S3 = peer.BAKUP_TEST_S3_ENDPOINT;
  process.env.AZURE_STORAGE_CONNECTION_STRING = peer.BAKUP_TEST_AZURE_CONNECTION_STRING;
  delete process.env.AWS_PROFILE;
  gcsEndpoint = peer.BAKUP_TEST_GCS_ENDPOINT!;
  s3 = new S3Client({ endpoint: peer.BAKUP_TEST_S3_ENDPOINT, region: peer.BAKUP_TEST_S3_REGION, forcePathStyle: true });
  gcs = new GcsClient({ apiEndpoint: peer.BAKUP_TEST_GCS_ENDPOINT, projectId: 'bakup-test' });
  azure = BlobServiceClient.fromConnectionString(peer.BAKUP_TEST_AZURE_CONNECTION_STRING!);
  bucket = `bakup-copy-${randomBytes(4).toString('hex')}`;
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  await gcs.createBucket(bucket);
  await azure.createContainer(bucket);

  work = await tempDir('copy');
  src = path.join(work, 'src');
  await fs.mkdir(src);
  // 12 MiB of random bytes: more than two 5 MiB S3 parts, so the copy to S3 is a real multipart upload.
  await makeSampleTree(src, 12 * 1024 * 1024);
  passFile = path.join(work, 'pass');
  await fs.writeFile(passFile, 'copy test passphrase\n');
}, 10 * 60_000);

afterAll(async () => {
  for (;;) {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
    if (!page.Contents?.length) break;
    for (const o of page.Contents) await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: o.Key }));
  }
  await s3.send(new DeleteBucketCommand({ Bucket: bucket }));
  s3.destroy();
  await gcs.bucket(bucket).deleteFiles({ force: true });
  await gcs.bucket(bucket).delete();
  await azure.getContainerClient(bucket).delete();
  await fs.rm(work, { recursive: true, force: true });
  process.env = savedEnv;
});

describe('bakup copy', () => {
  it('carries a backup local → S3 → GCS → Azure → local unchanged, and the last copy restores the original tree', async () => {
    const local = path.join(work, 'a');
    // Encrypted and compressed: the copy moves stored bytes and needs no key.
    const b = await bakup(['backup', '--source', src, '--to', local, '--name', 'tree', '--compression', 'gzip', '--passphrase-file', passFile, '--json']);
    expect(b.stderr).not.toMatch(/error/);
    expect(b.code).toBe(0);
    const id = (JSON.parse(b.stdout) as { id: string }).id;
    const manifest = await fs.readFile(path.join(local, 'tree', id, 'manifest.json'));

    const hops = [local, `s3://${bucket}/hop1`, `gs://${bucket}/hop2`, `azblob://${bucket}/hop3`, path.join(work, 'back')];
    for (let i = 1; i < hops.length; i++) {
      const c = await bakup(['copy', '--from', hops[i - 1]!, '--to', hops[i]!, '--name', 'tree', '--s3-part-size', '5MiB', '--gcs-endpoint', gcsEndpoint, '--json']);
      expect(c.code).toBe(0);
      const r = JSON.parse(c.stdout) as CopyJson;
      expect(r.backups.map((x) => [x.id, x.destinations.map((d) => d.status)])).toEqual([[id, ['copied']]]);
      const l = await bakup(['list', '--from', hops[i]!, '--name', 'tree', '--gcs-endpoint', gcsEndpoint, '--json']);
      expect((JSON.parse(l.stdout) as { id: string }[]).map((e) => e.id)).toEqual([id]);
    }
    // The manifest arrived byte for byte, so every artifact digest on the far end is the original's.
    expect(Buffer.compare(await fs.readFile(path.join(work, 'back', 'tree', id, 'manifest.json')), manifest)).toBe(0);
    const v = await bakup(['verify', '--from', `azblob://${bucket}/hop3`, '--name', 'tree', '--passphrase-file', passFile]);
    expect(v.code).toBe(0);
    const target = path.join(work, 'restored');
    const r = await bakup(['restore', '--from', path.join(work, 'back'), '--name', 'tree', '--target', target, '--passphrase-file', passFile]);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(await diffTrees(src, target)).toEqual([]);

    // A second copy finds the identical backup and says so; nothing is written again.
    const before = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `hop1/tree/${id}/` }));
    const again = await bakup(['copy', '--from', local, '--to', `s3://${bucket}/hop1`, '--name', 'tree']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`skipped ${id}  already in s3://${bucket}/hop1 (identical manifest)`);
    expect(again.stdout).toContain('0 copied, 1 skipped, 0 failed; 0 B read');
    const after = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `hop1/tree/${id}/` }));
    expect(after.Contents!.map((o) => [o.Key, o.LastModified?.getTime()])).toEqual(before.Contents!.map((o) => [o.Key, o.LastModified?.getTime()]));
  });

  it('fails with exit 3 on a corrupt source artifact and leaves nothing on the targets', async () => {
    const local = path.join(work, 'corrupt');
    const b = await bakup(['backup', '--source', src, '--to', local, '--name', 'bad', '--compression', 'none', '--json']);
    expect(b.code).toBe(0);
    const m = JSON.parse(b.stdout) as { id: string; artifacts: { name: string; size: number }[] };
    const file = path.join(local, 'bad', m.id, m.artifacts[0]!.name);
    // One flipped byte near the end: same size, so only the digest can tell, and only after most bytes went out.
    const fh = await fs.open(file, 'r+');
    const at = m.artifacts[0]!.size - 1000;
    const byte = Buffer.alloc(1);
    await fh.read(byte, 0, 1, at);
    byte[0] = byte[0]! ^ 0xff;
    await fh.write(byte, 0, 1, at);
    await fh.close();

    const local2 = path.join(work, 'corrupt-to');
    const c = await bakup(['copy', '--from', local, '--to', `s3://${bucket}/bad`, '--to', local2, '--name', 'bad', '--s3-part-size', '5MiB']);
    expect(c.code).toBe(3);
    expect(c.stdout).toMatch(new RegExp(`FAILED  ${m.id}  to s3://${bucket}/bad: .*SHA-256 [0-9a-f]{64} does not match the manifest's`));
    for (const to of [`s3://${bucket}/bad`, local2]) {
      const l = await bakup(['list', '--from', to, '--json']);
      expect(JSON.parse(l.stdout)).toEqual([]);
    }
    // Not even an artifact or a pending multipart upload is left behind.
    const objects = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'bad/' }));
    expect((objects.Contents ?? []).map((o) => o.Key)).toEqual([]);
    const { ListMultipartUploadsCommand } = await import('@aws-sdk/client-s3');
    expect((await s3.send(new ListMultipartUploadsCommand({ Bucket: bucket, Prefix: 'bad/' }))).Uploads ?? []).toEqual([]);
    const files = (await fs.readdir(local2, { recursive: true, withFileTypes: true })).filter((e) => !e.isDirectory());
    expect(files.map((e) => path.join(e.parentPath, e.name)).filter((f) => !f.includes('/.locks'))).toEqual([]);
  });

  it('copies incrementals after their parents, and refuses one whose parent the target lacks', async () => {
    const local = path.join(work, 'inc');
    const b = await bakup(['backup', '--source', src, '--to', local, '--name', 'inc', '--json']);
    const full = (JSON.parse(b.stdout) as { id: string }).id;
    // An incremental on top of it, made by hand (the artifact bytes are the full's, which keeps every digest true).
    const incId = full.replace('-full-', '-incremental-').replace(/^(\d{8}T\d{4})(\d\d)/, (_m, hm: string, s: string) => `${hm}${String((Number(s) + 1) % 60).padStart(2, '0')}`);
    await fs.cp(path.join(local, 'inc', full), path.join(local, 'inc', incId), { recursive: true });
    const m = JSON.parse(await fs.readFile(path.join(local, 'inc', incId, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    await fs.writeFile(path.join(local, 'inc', incId, 'manifest.json'), JSON.stringify({ ...m, id: incId, type: 'incremental', parent: full }, null, 2));

    const to = `gs://${bucket}/inc`;
    const gcsFlag = ['--gcs-endpoint', gcsEndpoint];
    const alone = await bakup(['copy', '--from', local, '--to', to, '--name', 'inc', '--backup-id', incId, ...gcsFlag]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain(`--backup-id: ${incId} is an incremental backup on top of ${full}, which gs://${bucket}/inc does not have`);
    expect(JSON.parse((await bakup(['list', '--from', to, '--json', ...gcsFlag])).stdout)).toEqual([]);

    const all = await bakup(['copy', '--from', local, '--to', to, '--name', 'inc', '--backup-id', 'all', '--json', ...gcsFlag]);
    expect(all.code).toBe(0);
    expect((JSON.parse(all.stdout) as CopyJson).backups.map((x) => [x.id, x.type, x.destinations[0]!.status])).toEqual([
      [full, 'full', 'copied'],
      [incId, 'incremental', 'copied'],
    ]);
    expect((await bakup(['verify', '--from', to, '--name', 'inc', '--backup-id', 'all', ...gcsFlag])).code).toBe(0);

    // With the parent already on the target, the incremental alone is fine.
    const other = path.join(work, 'inc-other');
    expect((await bakup(['copy', '--from', local, '--to', other, '--name', 'inc', '--backup-id', full])).code).toBe(0);
    const inc = await bakup(['copy', '--from', local, '--to', other, '--name', 'inc', '--backup-id', incId, '--json']);
    expect(inc.code).toBe(0);
    expect((JSON.parse(inc.stdout) as CopyJson).backups.map((x) => x.destinations[0]!.status)).toEqual(['copied']);
  });

  it('orders parents first even when ids do not sort that way, and survives a cycle', () => {
    const item = (id: string, parent: string | null) => ({ entry: { id }, manifest: { parent } });
    expect(parentsFirst([item('c', 'a'), item('a', 'b'), item('b', null)]).map((p) => p.entry.id)).toEqual(['b', 'a', 'c']);
    expect(parentsFirst([item('x', 'y'), item('y', 'x')]).map((p) => p.entry.id).sort()).toEqual(['x', 'y']);
  });

  it('completes the other targets when one fails, exit 1, and names the failed one', async () => {
    const local = path.join(work, 'multi');
    expect((await bakup(['backup', '--source', src, '--to', local, '--name', 'multi'])).code).toBe(0);
    const good = `azblob://${bucket}/multi`;
    const bad = 's3://bakup-no-such-bucket/multi';
    const c = await bakup(['copy', '--from', local, '--to', bad, '--to', good, '--name', 'multi', '--lock-wait', '0s', '--retry-attempts', '1']);
    expect(c.code).toBe(1);
    expect(c.stdout).toMatch(/FAILED .* to s3:\/\/bakup-no-such-bucket\/multi: .*bucket 'bakup-no-such-bucket' does not exist/);
    expect(c.stdout).toMatch(/copied .* to azblob:/);
    expect((JSON.parse((await bakup(['list', '--from', good, '--json'])).stdout) as unknown[]).length).toBe(1);
  });

  it.each([
    [['copy', '--from', '/tmp/x', '--name', 'a'], /--to: is required|--to: at least one/],
    [['copy', '--from', '/tmp/bakup-copy-same', '--to', 'file:///tmp/bakup-copy-same', '--name', 'a'], /--to: 'file:\/\/\/tmp\/bakup-copy-same' is the --from storage itself/],
    [['copy', '--from', '/tmp/x', '--to', '/tmp/y', '--name', 'a', '--backup-id', 'newest'], /--backup-id: expected 'latest' or a backup id/],
  ])('bad input %j → exit 2 and one line', async (args, message) => {
    const r = await bakup(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
