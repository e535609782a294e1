/**
 * Private, throwaway peers for one test file: a fresh FerretDB, redis-server or
 * n8n on a free port with its own data folder, stopped (and its folder removed)
 * by `stop()`. The shared peers of scripts/test-services are used by several
 * test files at once; a test that needs a database nobody else writes to (the
 * restore drill's throwaway target, an n8n whose every workflow it owns) starts
 * one of these instead. Binaries come from the test-services cache (`toolPath`),
 * processes are spawned with argument arrays, each in its own process group.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { REPO_ROOT, toolPath } from './services.js';
import { tempDir } from './tree.js';

export interface Throwaway {
  /** What a client connects to: mongodb://…, redis://… or http://… (n8n). */
  url: string;
  port: number;
  dir: string;
  stop(): Promise<void>;
}

export interface ThrowawayN8n extends Throwaway {
  /** The public API key, when the owner was set up (`owner: true`). */
  apiKey?: string;
  /** A script running the n8n CLI against this instance (same user folder and encryption key). */
  cliBin: string;
  /** The instance's environment (N8N_USER_FOLDER, N8N_ENCRYPTION_KEY…), for the CLI. */
  env: Record<string, string>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function launch(bin: string, args: string[], dir: string, env: NodeJS.ProcessEnv): ChildProcess {
  const log = fs.openSync(path.join(dir, 'server.log'), 'a');
  const child = spawn(bin, args, { cwd: dir, env, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  return child;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const kill = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      /* already gone */
    }
  };
  kill('SIGTERM');
  const timer = setTimeout(() => kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts a server and waits until `ready()` answers; a server that exits while
 * starting (its port taken meanwhile) is retried on another port.
 */
async function startServer(
  label: string,
  timeoutMs: number,
  start: (port: number, dir: string) => Promise<{ child: ChildProcess; url: string }>,
  ready: (url: string, port: number) => Promise<boolean>,
): Promise<Throwaway> {
  let lastLog = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    const dir = await tempDir(`throwaway-${label}`);
    const port = await freePort();
    const { child, url } = await start(port, dir);
    const deadline = Date.now() + timeoutMs;
    let ok = false;
    while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
      if (await ready(url, port).catch(() => false)) {
        ok = true;
        break;
      }
      await sleep(250);
    }
    if (ok) {
      return {
        url,
        port,
        dir,
        stop: async () => {
          await stopProcess(child);
          await fs.promises.rm(dir, { recursive: true, force: true });
        },
      };
    }
    lastLog = fs.existsSync(path.join(dir, 'server.log')) ? fs.readFileSync(path.join(dir, 'server.log'), 'utf8').slice(-3000) : '';
    await stopProcess(child);
    await fs.promises.rm(dir, { recursive: true, force: true });
    if (Date.now() >= deadline) break;
  }
  throw new Error(`throwaway ${label} did not start; last log lines:\n${lastLog}`);
}

/** A fresh FerretDB (SQLite backend), as test-services starts it. */
export async function startFerretdb(): Promise<Throwaway> {
  const bin = toolPath('ferretdb');
  const { MongoClient } = await import('mongodb');
  return startServer(
    'ferretdb',
    60_000,
    async (port, dir) => {
      fs.mkdirSync(path.join(dir, 'data'));
      fs.mkdirSync(path.join(dir, 'state'));
      const child = launch(
        bin,
        ['--handler=sqlite', `--sqlite-url=file:${dir}/data/`, `--listen-addr=127.0.0.1:${port}`, `--state-dir=${dir}/state`, '--debug-addr=-', '--telemetry=disable', '--repl-set-name=rs0', '--log-level=warn'],
        dir,
        process.env,
      );
      return { child, url: `mongodb://127.0.0.1:${port}/?directConnection=true` };
    },
    async (url) => {
      const c = new MongoClient(url, { serverSelectionTimeoutMS: 2000 });
      try {
        await c.connect();
        return (await c.db('admin').command({ ping: 1 })).ok === 1;
      } finally {
        await c.close();
      }
    },
  );
}

/** A fresh redis-server without persistence. */
export async function startRedis(): Promise<Throwaway> {
  const bin = toolPath('redis-server');
  const cli = toolPath('redis-cli');
  return startServer(
    'redis',
    30_000,
    async (port, dir) => ({
      child: launch(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', dir], dir, process.env),
      url: `redis://127.0.0.1:${port}`,
    }),
    async (_url, port) => spawnSync(cli, ['-h', '127.0.0.1', '-p', String(port), 'ping'], { encoding: 'utf8', timeout: 5000 }).stdout.trim() === 'PONG',
  );
}

/**
 * The environment scripts/test-services gives its n8n instances (n8n_env): no
 * internet here, so telemetry, version, template and license calls are off.
 */
function n8nEnv(dir: string, port: number, brokerPort: number, encryptionKey: string): Record<string, string> {
  return {
    N8N_USER_FOLDER: path.join(dir, 'home'),
    N8N_ENCRYPTION_KEY: encryptionKey,
    N8N_LISTEN_ADDRESS: '127.0.0.1',
    N8N_HOST: '127.0.0.1',
    N8N_PORT: String(port),
    N8N_PROTOCOL: 'http',
    N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}`,
    WEBHOOK_URL: `http://127.0.0.1:${port}/`,
    N8N_SECURE_COOKIE: 'false',
    N8N_DIAGNOSTICS_ENABLED: 'false',
    N8N_DIAGNOSTICS_CONFIG_FRONTEND: '',
    N8N_DIAGNOSTICS_CONFIG_BACKEND: '',
    N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
    N8N_TEMPLATES_ENABLED: 'false',
    N8N_PERSONALIZATION_ENABLED: 'false',
    N8N_HIRING_BANNER_ENABLED: 'false',
    N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
    N8N_COMMUNITY_PACKAGES_ENABLED: 'false',
    N8N_AI_ENABLED: 'false',
    N8N_DISABLED_MODULES: 'mcp-registry',
    N8N_RUNNERS_MODE: 'internal',
    N8N_PUBLIC_API_DISABLED: 'false',
    N8N_PUBLIC_API_SWAGGERUI_DISABLED: 'true',
    N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
    N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
    N8N_RUNNERS_BROKER_PORT: String(brokerPort),
    N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
    N8N_LOG_LEVEL: 'info',
    DB_TYPE: 'sqlite',
    GENERIC_TIMEZONE: 'UTC',
  };
}

/**
 * A fresh n8n. With `owner: true` the owner and an API key are created as
 * test-services does (scripts/test-services.d/probe.py n8n-setup); without, it
 * is as a `services:` container starts: no owner yet.
 */
export async function startN8n(opts: { owner: boolean }): Promise<ThrowawayN8n> {
  const bin = toolPath('n8n');
  let env: Record<string, string> = {};
  const base = await startServer(
    'n8n',
    300_000,
    async (port, dir) => {
      fs.mkdirSync(path.join(dir, 'home'));
      // n8n's task broker needs a port of its own (its default 5679 would clash between instances).
      env = n8nEnv(dir, port, await freePort(), randomBytes(24).toString('hex'));
      // jest sets NODE_ENV=test, which makes n8n exit at start: the peer gets a user's environment.
      const { NODE_ENV: _dropped, ...parent } = process.env;
      return { child: launch(bin, ['start'], dir, { ...parent, ...env }), url: `http://127.0.0.1:${port}` };
    },
    async (url) => (await fetch(`${url}/healthz/readiness`)).ok,
  );
  const cliBin = path.join(base.dir, 'n8n-cli');
  const cliEnv = Object.fromEntries(Object.entries(env).filter(([k]) => k !== 'N8N_RUNNERS_BROKER_PORT'));
  fs.writeFileSync(
    cliBin,
    // NODE_ENV=test (jest's) would make the CLI open another database than the instance's.
    ['#!/usr/bin/env bash', '# n8n CLI for a throwaway test instance (same user folder and encryption key)', 'unset NODE_ENV', ...Object.entries(cliEnv).map(([k, v]) => `export ${k}='${v}'`), `exec '${bin}' "$@"`, ''].join('\n'),
    { mode: 0o755 },
  );
  let apiKey: string | undefined;
  if (opts.owner) {
    const setup = spawnSync('python3', [path.join(REPO_ROOT, 'scripts', 'test-services.d', 'probe.py'), 'n8n-setup', '--url', base.url, '--email', 'owner@bakup.test', '--password', `Bakup-${randomBytes(6).toString('hex')}-Test1`], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (setup.status !== 0) {
      await base.stop();
      throw new Error(`n8n owner setup failed: ${setup.stderr}`);
    }
    apiKey = setup.stdout.trim();
  }
  return { ...base, apiKey, cliBin, env };
}
