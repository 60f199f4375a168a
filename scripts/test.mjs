// `pnpm test`: builds everything, then runs every test suite: shared (rules), API (HTTP against a
// real PostgreSQL: the embedded one, or TEST_DATABASE_URL), web (components) and the browser
// tests (Playwright + axe in Debian's Chromium; skipped with a reason when Chromium is missing,
// a failure when CI=true).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const steps = [
  ['shared', ['--filter', '@leitplanken/shared', 'test']],
  ['api', ['--filter', '@leitplanken/api', 'test']],
  ['web', ['--filter', '@leitplanken/web', 'test']],
  ['e2e', ['--filter', '@leitplanken/web', 'e2e']],
].filter(([name]) => only.length === 0 || only.includes(name));

console.log('== build ==');
buildIfStale();
const results = [];
for (const [name, args] of steps) {
  console.log(`\n== ${name} ==`);
  const t0 = Date.now();
  const run = spawnSync('pnpm', args, { cwd: root, stdio: 'inherit' });
  results.push({ name, ok: run.status === 0, s: ((Date.now() - t0) / 1000).toFixed(1) });
}
console.log('\n== summary ==');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.s} s)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
