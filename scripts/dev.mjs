// `pnpm dev`: development with reload. tsc --watch builds shared and API, node --watch restarts
// the API on port 3000 (embedded PostgreSQL unless DATABASE_URL), Vite serves the web app with
// hot reload on http://localhost:5173 and proxies /api to the API.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
buildIfStale();
const bin = (pkgDir, name) => path.join(root, pkgDir, 'node_modules/.bin', name);
const processes = [
  [
    bin('packages/shared', 'tsc'),
    ['-w', '--preserveWatchOutput', '-p', 'packages/shared/tsconfig.build.json'],
  ],
  [bin('apps/api', 'tsc'), ['-w', '--preserveWatchOutput', '-p', 'apps/api/tsconfig.build.json']],
  [
    process.execPath,
    ['--watch', '--watch-preserve-output', 'apps/api/dist/main.js'],
    { WEB_DIST: '' },
  ],
  [bin('apps/web', 'vite'), ['--config', 'apps/web/vite.config.ts', 'apps/web']],
].map(([cmd, args, env]) =>
  spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...(env ?? {}) } }),
);
const stop = () => processes.forEach((p) => p.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
