// Builds each workspace package whose inputs changed since its last build, in dependency order.
// `pnpm start` calls it, so a second start skips the build and is up in seconds.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const PACKAGES = [
  { name: '@leitplanken/shared', dir: 'packages/shared', inputs: ['packages/shared'] },
  { name: '@leitplanken/api', dir: 'apps/api', inputs: ['apps/api', 'packages/shared'] },
  { name: '@leitplanken/web', dir: 'apps/web', inputs: ['apps/web', 'packages/shared'] },
];
const SKIP = new Set(['node_modules', 'dist', 'e2e', 'test', 'coverage', '.data', 'bench']);

function newestMtime(dir) {
  let newest = 0;
  const walk = (p) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) if (!SKIP.has(entry)) walk(path.join(p, entry));
    } else if (!/\.(spec|test)\.tsx?$/.test(p)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  walk(path.join(root, dir));
  return newest;
}

export function buildIfStale({ quiet = false } = {}) {
  let rebuilt = false;
  for (const pkg of PACKAGES) {
    const stamp = path.join(root, pkg.dir, 'dist', '.build-stamp');
    const builtAt = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
    const changedAt = Math.max(...pkg.inputs.map(newestMtime));
    if (builtAt >= changedAt) continue;
    if (!quiet) console.log(`Baue ${pkg.name} …`);
    const t0 = Date.now();
    execFileSync('pnpm', ['--filter', pkg.name, 'build'], {
      cwd: root,
      stdio: quiet ? 'ignore' : 'inherit',
    });
    fs.mkdirSync(path.dirname(stamp), { recursive: true });
    fs.writeFileSync(stamp, new Date().toISOString());
    if (!quiet) console.log(`${pkg.name} gebaut in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    rebuilt = true;
  }
  return rebuilt;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildIfStale();
