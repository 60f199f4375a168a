import fs from 'node:fs';
import path from 'node:path';
import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';

/**
 * Serves the built web app: its files, and index.html for every other GET outside /api so that
 * client-side routes survive a reload. Hashed assets are cached for a year, index.html never.
 */
export function webApp(webDist: string): RequestHandler | undefined {
  const index = path.join(webDist, 'index.html');
  if (!fs.existsSync(index)) return undefined;
  const assets = express.static(webDist, {
    index: false,
    setHeaders(res, file) {
      if (file.includes(`${path.sep}assets${path.sep}`))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      req.path === '/api' ||
      req.path.startsWith('/api/')
    ) {
      next();
      return;
    }
    assets(req, res, () => {
      if (path.extname(req.path) !== '') {
        next();
        return;
      }
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  };
}
