import { describe, expect, it } from '@jest/globals';
import { PartBufferPool } from '../../src/storage/part-buffers.js';

const MiB = 1 << 20;
const tick = () => new Promise((r) => setImmediate(r));

describe('the shared part-buffer pool', () => {
  it('gives one upload alone all it wants, and reuses buffers instead of allocating', async () => {
    const pool = new PartBufferPool();
    const s3 = pool.open({ want: 5, min: 2 });
    const bufs = [];
    for (let i = 0; i < 5; i++) bufs.push((await s3.take(8 * MiB))!);
    expect(pool.stats()).toMatchObject({ inUse: 40 * MiB, budget: 40 * MiB });
    // A sixth would exceed its own want: it waits until a part is done.
    let sixth: Buffer | undefined;
    void s3.take(8 * MiB).then((b) => (sixth = b));
    await tick();
    expect(sixth).toBeUndefined();
    s3.give(bufs[0]!);
    await tick();
    expect(sixth).toBe(bufs[0]);
    s3.close();
    expect(pool.stats()).toMatchObject({ inUse: 0, idle: 40 * MiB, leases: 0 });
    // The next upload gets the same memory back.
    const again = pool.open({ want: 5, min: 2 });
    expect(bufs).toContain(await again.take(8 * MiB));
    again.close();
  });

  it('shares one budget among concurrent uploads: two buffers each, the rest lent to whoever asks', async () => {
    const pool = new PartBufferPool();
    const s3 = pool.open({ want: 5, min: 2 });
    const gcs = pool.open({ want: 2, min: 2 });
    const azure = pool.open({ want: 5, min: 2 });
    for (const l of [s3, gcs, azure]) await l.take(8 * MiB);
    // max(40 MiB wanted by S3 or Azure alone, 3 × 2 × 8 MiB) = 48 MiB, not 40 + 16 + 40.
    expect(pool.stats().budget).toBe(48 * MiB);
    const more = [await s3.take(8 * MiB), await s3.take(8 * MiB), await s3.take(8 * MiB)];
    expect(pool.stats().inUse).toBe(48 * MiB);
    let azureSecond: Buffer | undefined;
    void azure.take(8 * MiB).then((b) => (azureSecond = b));
    await tick();
    expect(azureSecond).toBeUndefined();
    s3.give(more[0]!);
    await tick();
    expect(azureSecond).toBe(more[0]);
    for (const l of [s3, gcs, azure]) l.close();
    expect(pool.stats().inUse).toBe(0);
  });

  it('always lets a lease that holds nothing take one buffer, so no upload starves', async () => {
    const pool = new PartBufferPool();
    const big = pool.open({ want: 4, min: 2 });
    for (let i = 0; i < 4; i++) await big.take(8 * MiB);
    const small = pool.open({ want: 2, min: 2 });
    expect(await small.take(8 * MiB)).toBeInstanceOf(Buffer);
    big.close();
    small.close();
  });

  it('ends a waiting take with undefined when the upload fails', async () => {
    const pool = new PartBufferPool();
    const l = pool.open({ want: 1, min: 1 });
    await l.take(MiB);
    const waiting = l.take(MiB);
    l.interrupt();
    await expect(waiting).resolves.toBeUndefined();
    l.close();
    expect(pool.stats()).toMatchObject({ inUse: 0, leases: 0 });
  });
});
