/**
 * One buffer size for every stage we own. Peak memory is roughly the bundle's
 * baseline, plus the bytes in flight (a few buffers per stage), plus the
 * garbage V8 lets build up before its external-memory GC (~64 MiB); smaller
 * buffers keep the middle term small without costing throughput.
 */
export const STREAM_CHUNK = 64 * 1024;
