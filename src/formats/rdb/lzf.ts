/**
 * LZF decompression (the codec RDB uses for long strings). Throws RangeError on
 * input that does not decode to exactly `outLen` bytes.
 */
export function lzfDecompress(input: Uint8Array, outLen: number): Buffer {
  const out = Buffer.allocUnsafe(outLen);
  let ip = 0;
  let op = 0;
  const inEnd = input.length;
  while (ip < inEnd) {
    const ctrl = input[ip++]!;
    if (ctrl < 32) {
      const run = ctrl + 1;
      if (op + run > outLen || ip + run > inEnd) throw new RangeError('LZF literal run overflows');
      for (let k = 0; k < run; k++) out[op++] = input[ip++]!;
    } else {
      let len = ctrl >> 5;
      if (ip >= inEnd) throw new RangeError('LZF back reference truncated');
      if (len === 7) {
        len += input[ip++]!;
        if (ip >= inEnd) throw new RangeError('LZF back reference truncated');
      }
      let ref = op - ((ctrl & 0x1f) << 8) - 1 - input[ip++]!;
      len += 2;
      if (ref < 0 || op + len > outLen) throw new RangeError('LZF back reference out of range');
      // Overlapping copies are the point of LZF runs: copy byte by byte.
      for (let k = 0; k < len; k++) out[op++] = out[ref++]!;
    }
  }
  if (op !== outLen) throw new RangeError(`LZF data decodes to ${op} bytes, expected ${outLen}`);
  return out;
}
