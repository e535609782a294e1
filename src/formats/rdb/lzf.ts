/**
 * LZF decompression (the codec RDB uses for long strings). Throws RangeError on
 * input that does not decode to exactly `outLen` bytes.
 */
export function lzfDecompress(input: Uint8Array, outLen: number): Buffer {
  const out = Buffer.allocUnsafe(outLen);
  lzfDecompressInto(input, out, outLen);
  return out;
}

/**
 * Decompresses input[start, end) into `out` at `outStart` (room for at least
 * `outLen` bytes there, e.g. a reused scratch buffer, or the value digest's
 * hash buffer right after the key, so a string is never copied). Hot for value
 * digests, which decompress every long string of a backup, so the loop checks
 * little per token: a typed array ignores writes past its end and reads past it
 * give undefined (stored as 0); a token may write up to 264 bytes past the
 * announced end (into the caller's scratch) before the length check refuses
 * it, and the total length is checked at the end. A back reference before
 * `outStart` is refused on the spot.
 */
export function lzfDecompressInto(input: Uint8Array, out: Uint8Array, outLen: number, start = 0, end = input.length, outStart = 0): void {
  if (out.length - outStart < outLen) throw new RangeError('LZF output buffer too small');
  let ip = start;
  let op = outStart;
  const limit = outStart + outLen;
  while (ip < end) {
    const ctrl = input[ip++]!;
    if (ctrl < 32) {
      const stop = ip + ctrl + 1;
      if (stop > end) throw new RangeError('LZF literal run overflows');
      do out[op++] = input[ip++]!;
      while (ip < stop);
    } else {
      let len = ctrl >> 5;
      if (len === 7) len += input[ip++]!;
      let ref = op - ((ctrl & 0x1f) << 8) - 1 - input[ip++]!;
      if (ref < outStart || ip > end) throw new RangeError('LZF back reference out of range');
      // Overlapping copies are the point of LZF runs: copy byte by byte.
      const stop = op + len + 2;
      do out[op++] = out[ref++]!;
      while (op < stop);
    }
    if (op > limit) throw new RangeError('LZF data decodes to more bytes than announced');
  }
  if (op !== limit) throw new RangeError(`LZF data decodes to ${op - outStart} bytes, expected ${outLen}`);
}
