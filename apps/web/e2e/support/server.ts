import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiMain, repoRoot, webDist } from './paths';

const HEALTH_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 20_000;

export interface RunningApp {
  baseUrl: string;
  dataDir: string;
  logFile: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the built application as in production: `node apps/api/dist/main.js`, which serves the
 * API and apps/web/dist on one port, with a fresh data directory (embedded PostgreSQL) and demo
 * data. Resolves when `GET /api/health` answers 200.
 */
export async function startApp(): Promise<RunningApp> {
  for (const [file, hint] of [
    [apiMain, 'pnpm --filter @leitplanken/api build'],
    [join(webDist, 'index.html'), 'pnpm --filter @leitplanken/web build'],
  ] as const) {
    if (!existsSync(file)) {
      throw new Error(
        `E2E: ${file} fehlt. Erst bauen: ${hint} (oder pnpm build im Wurzelverzeichnis).`,
      );
    }
  }

  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'leitplanken-e2e-'));
  const logFile = join(dataDir, 'server.log');
  const log = createWriteStream(logFile);
  const tail: string[] = [];
  const remember = (chunk: Buffer) => {
    log.write(chunk);
    tail.push(...chunk.toString('utf8').split('\n'));
    tail.splice(0, Math.max(0, tail.length - 60));
  };

  // The server runs as it would in operation: no test-runner variables leak into it.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  const child = spawn(process.execPath, [apiMain], {
    cwd: repoRoot,
    env: { ...env, PORT: String(port), DATA_DIR: dataDir, DEMO_DATA: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group: a hard kill also takes the embedded PostgreSQL along
  });
  child.stdout.on('data', remember);
  child.stderr.on('data', remember);
  let exited: number | string | null = null;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = code ?? signal ?? 'unknown';
      resolve();
    });
  });

  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (exited === null && child.pid) {
      child.kill('SIGTERM');
      // Graceful first (the API stops its embedded PostgreSQL), then the whole process group.
      const hardKill = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, STOP_TIMEOUT_MS);
      await exitPromise;
      clearTimeout(hardKill);
    }
    // The embedded PostgreSQL inherits the pipes; close them so nothing keeps the runner alive.
    child.stdout.destroy();
    child.stderr.destroy();
    log.end();
    if (process.env.KEEP_E2E_DATA !== 'true') await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  for (;;) {
    if (exited !== null) {
      await stop();
      throw new Error(
        `E2E: Server beendet (${String(exited)}) bevor er bereit war:\n${tail.join('\n')}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `E2E: ${baseUrl}/api/health nicht 200 nach ${HEALTH_TIMEOUT_MS / 1000} s:\n${tail.join('\n')}`,
      );
    }
    await sleep(500);
  }

  return { baseUrl, dataDir, logFile, stop };
}
