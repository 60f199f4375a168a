import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export type RequestWithId = Request & { id?: string };

const VALID_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Every request gets an id (kept from a proxy's X-Request-Id when sane), echoed in the response. */
export function requestId(req: RequestWithId, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  req.id = incoming && VALID_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', req.id);
  next();
}
