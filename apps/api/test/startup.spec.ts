import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/database/embedded.js';
import { createTestDatabase } from './support/database.js';

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/main.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built server (`node dist/main.js`) until it exits or `until` says stop. */
function runServer(env: Record<string, string>, timeoutMs = 60_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/root',
        WEB_DIST: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not exit within ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

async function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; ms: number; output: () => string }> {
  const t0 = Date.now();
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', WEB_DIST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  const url = `http://127.0.0.1:${env.PORT}/api/health`;
  while (Date.now() - t0 < 90_000) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${out}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return { child, ms: Date.now() - t0, output: () => out };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server not healthy within 90 s:\n${out}`);
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe.skipIf(!fs.existsSync(MAIN))('starting the built server (node dist/main.js)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lp-startup-'));
  fs.chmodSync(tmp, 0o755); // as root, PostgreSQL runs as another user that must reach DATA_DIR
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it.each([
    [
      { DATABASE_URL: 'not a url' },
      /^Leitplanken cannot start\. Invalid configuration: DATABASE_URL must be a URL/,
    ],
    [{ PORT: 'abc' }, /^Leitplanken cannot start\. Invalid configuration: PORT /],
    [
      { DATABASE_URL: 'postgres://nobody:x@127.0.0.1:1/nothing' },
      /^Leitplanken cannot start\. The database at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/nothing is unreachable/,
    ],
    [
      { NODE_ENV: 'production', DATABASE_URL: 'postgres://a@127.0.0.1:1/b' },
      /SESSION_SECRET must be set/,
    ],
    [
      {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://a@127.0.0.1:1/b',
        DEMO_DATA: 'true',
        SESSION_SECRET: 'x'.repeat(40),
      },
      /DEMO_DATA must be off in production/,
    ],
  ])('stops with one clear sentence on bad configuration %#', async (env, message) => {
    const run = await runServer({ PORT: String(await freePort()), DATA_DIR: tmp, ...env });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('refuses a production start on a database with active demo accounts, in one sentence', async () => {
    const db = await createTestDatabase(); // seeded in demo mode
    try {
      const run = await runServer({
        PORT: String(await freePort()),
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        SESSION_SECRET: 'a'.repeat(40),
      });
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^Leitplanken cannot start\. The database contains active demo accounts with a published password \(admin@demo\.leitplanken\.de, /,
      );
    } finally {
      await db.drop();
    }
  });

  it('stops with one clear sentence when the port is taken', async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '0.0.0.0', () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const run = await runServer({ PORT: String(port), DATA_DIR: path.join(tmp, 'port') });
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        `Leitplanken cannot start. Port ${port} is already in use: stop the other program or set PORT to a free port.`,
      );
    } finally {
      blocker.close();
    }
  });

  it('on SIGTERM finishes the requests in flight, refuses new ones, and stops PostgreSQL cleanly', async () => {
    const dataDir = path.join(tmp, 'shutdown');
    const port = String(await freePort());
    const server = await startServer({ PORT: port, DATA_DIR: dataDir });
    // A keep-alive connection plus a burst of requests, with the signal sent while they run.
    const url = `http://127.0.0.1:${port}/api/docs-json`;
    // The answer is either complete, or there was none at all (refused, or the socket closed before
    // the server read the request). A response cut off after its headers would be a failure.
    const outcomes = Array.from({ length: 40 }, async () => {
      let res: Response;
      try {
        res = await fetch(url);
      } catch (error) {
        return {
          status: 0,
          error: (error as { cause?: { code?: string } }).cause?.code ?? String(error),
        };
      }
      const body = await res.text().catch((e: unknown) => `TRUNCATED ${String(e)}`);
      return { status: res.status, complete: body.endsWith('}') };
    });
    const exit = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
    setTimeout(() => server.child.kill('SIGTERM'), 5);
    const results = await Promise.all(outcomes);
    expect(await exit).toBe(0);
    for (const r of results) {
      if (r.status === 0) expect(['ECONNREFUSED', 'ECONNRESET']).toContain(r.error);
      else expect(r).toEqual({ status: 200, complete: true });
    }
    expect(results.some((r) => r.status === 200)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 120_000);

  it('starts on an embedded PostgreSQL, seeds once, and keeps the data across restarts', async () => {
    const dataDir = path.join(tmp, 'data');
    const port = String(await freePort());
    const first = await startServer({ PORT: port, DATA_DIR: dataDir });
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'admin@demo.leitplanken.de',
        password: 'Leitplanken-Demo-2026',
      }),
    });
    expect(login.status).toBe(200);
    expect(first.output()).toContain('Grunddaten angelegt: ja');
    expect(await stop(first.child)).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false); // stopped cleanly

    const second = await startServer({ PORT: port, DATA_DIR: dataDir });
    expect(second.output()).toContain('Grunddaten angelegt: nein (vorhanden)');
    expect(second.output()).toContain('Migrationen angewendet: 0');
    console.log(
      `start times: first ${first.ms} ms (initdb, migrations, seed), second ${second.ms} ms`,
    );
    expect(await stop(second.child)).toBe(0);
  }, 120_000);
});
