/**
 * One buffer size for every stage we own. Peak memory is roughly the bundle's
 * baseline, plus the bytes in flight (a few buffers per stage), plus the
 * garbage V8 lets build up before its external-memory GC (~64 MiB); smaller
 * buffers keep the middle term small without costing throughput.
 */
export const STREAM_CHUNK = 64 * 1024;

/**
 * The step between the stages of an artifact's write and read pipelines
 * (hash, compress, encrypt, hash, store). Every step of a zlib stream is a
 * round trip to the libuv pool and back, and every step of every stage costs
 * its stream bookkeeping: with 16–64 KiB steps a zstd backup spent more time
 * handing chunks between threads than compressing them (on a busy 2-core
 * machine each hand-off waits for a core). A few such buffers per stage are
 * still small next to the ~64 MiB of garbage V8 lets build up.
 */
export const PIPELINE_CHUNK = 256 * 1024;
