import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/**
 * The stock `age` CLI reads passphrases only from a terminal, so passphrase
 * runs go through a pseudo-terminal (Python's pty module, the same Python the
 * test services use) that answers each "passphrase" prompt with
 * $AGE_TEST_PASSPHRASE. argv[1:] is the command. The child's stdio is the
 * pty, so give age its input and output as files (`-o out in`).
 */
export const AGE_TTY_DRIVER = `
import os, pty, sys
answer = os.environ["AGE_TEST_PASSPHRASE"].encode() + b"\\n"
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
seen, answered = b"", 0
while True:
    try:
        data = os.read(fd, 1024)
    except OSError:
        break
    if not data:
        break
    seen += data
    if seen.lower().count(b"passphrase") > answered and seen.rstrip().endswith(b":"):
        answered += 1
        os.write(fd, answer)
_, status = os.waitpid(pid, 0)
code = os.waitstatus_to_exitcode(status)
if code != 0:
    sys.stderr.write(seen.decode("utf-8", "replace"))
sys.exit(code)
`;

/** Runs the age CLI (no shell); returns stdout (without a passphrase), throws with stderr on a non-zero exit. */
export function runAge(age: string, args: string[], opts: { passphrase?: string; input?: Buffer } = {}): Buffer {
  const [cmd, argv] = opts.passphrase === undefined ? [age, args] : ['python3', ['-c', AGE_TTY_DRIVER, age, ...args]];
  const res = spawnSync(cmd, argv, {
    env: { ...process.env, ...(opts.passphrase === undefined ? {} : { AGE_TEST_PASSPHRASE: opts.passphrase }) },
    input: opts.input,
    timeout: 120_000,
    maxBuffer: 256 << 20,
  });
  if (res.status !== 0) throw new Error(`${path.basename(age)} ${args.join(' ')} exited ${res.status}: ${res.stderr?.toString() ?? res.error?.message}`);
  return res.stdout;
}
