#!/usr/bin/env node
// Prints the gzip size of the JavaScript the cockpit route (`/`) loads before it can show
// anything: the entry chunk with its static imports, plus the lazily loaded cockpit route chunk
// with its static imports and the German locale files it preloads. Fails above the budget.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const LIMIT_KB = 250;
const COCKPIT_ROUTE = 'src/app/routes/cockpit.tsx';
// Namespaces the router preloads for the cockpit (see src/app/router.tsx), plus `common`.
const INITIAL_LOCALES = [
  'src/locales/de/common.json',
  'src/locales/de/cockpit.json',
  'src/locales/de/strategy.json',
];

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length !== 1) fail(`expected one entry chunk in the manifest, found ${entries.length}`);
if (!manifest[COCKPIT_ROUTE])
  fail(`${COCKPIT_ROUTE} is not a chunk of its own (is the route lazy?)`);

const files = new Set();
function collect(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(imported);
}
collect(entries[0][0]);
collect(COCKPIT_ROUTE);
for (const locale of INITIAL_LOCALES) collect(locale);

const rows = [...files]
  .filter((file) => file.endsWith('.js'))
  .map((file) => {
    const content = readFileSync(join(dist, file));
    return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kb = (bytes) => (bytes / 1000).toFixed(1);
for (const row of rows) {
  console.log(
    `  ${row.file.padEnd(48)} ${kb(row.raw).padStart(8)} KB raw ${kb(row.gzip).padStart(7)} KB gzip`,
  );
}
const total = rows.reduce((sum, row) => sum + row.gzip, 0);
console.log(`Initial JS (cockpit): ${kb(total)} KB gzip (limit ${LIMIT_KB} KB)`);
if (total > LIMIT_KB * 1000) fail(`over budget by ${kb(total - LIMIT_KB * 1000)} KB`);

function fail(message) {
  console.error(`report-bundle: ${message}`);
  process.exit(1);
}
