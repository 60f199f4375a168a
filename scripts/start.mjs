// `pnpm start`: builds what changed, then runs API and web on one port (default 3000).
// Without DATABASE_URL the API starts an embedded PostgreSQL under ./.data.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
try {
  buildIfStale();
} catch {
  console.error('Der Build ist fehlgeschlagen (siehe oben).');
  process.exit(1);
}
const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
