import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const webRoot = join(repoRoot, 'apps/web');
export const webDist = join(webRoot, 'dist');
export const apiMain = join(repoRoot, 'apps/api/dist/main.js');
export const screenshotDir = join(webRoot, 'e2e/screenshots');
