import { z } from 'zod';

/**
 * In the browser, before any schema of this package is built (index.ts imports this module
 * first): zod 4 compiles object parsers with `new Function` and probes for it when a schema is
 * created. The web app's Content-Security-Policy forbids eval (no 'unsafe-eval'), so the probe
 * alone would report a CSP violation on every page. Jitless parsing is plenty fast for API
 * responses; the API (Node, no CSP) keeps the compiled parsers.
 */
if ('document' in globalThis) z.config({ jitless: true });
