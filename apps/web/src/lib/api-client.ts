import { apiErrorSchema, type ApiError, type FieldError } from '@leitplanken/shared';
import type { Language } from './locale';

/**
 * Error codes the client itself produces (no usable answer from the API). Their texts live in
 * `locales/<lang>/common.json` under `errors.<code>`.
 */
export type ClientErrorCode = 'NETWORK_ERROR' | 'INVALID_RESPONSE' | 'HTTP_ERROR';

/** Thrown for every failed request; carries the API error body `{statusCode, code, message, …}`. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  readonly statusCode: number;
  readonly code: string;
  readonly body: ApiError;
  /** `server`: the API answered with its error shape; `client`: we made the body up. */
  readonly origin: 'server' | 'client';

  constructor(body: ApiError, origin: 'server' | 'client', options?: { cause?: unknown }) {
    super(body.message, options);
    this.body = body;
    this.statusCode = body.statusCode;
    this.code = body.code;
    this.origin = origin;
  }

  get fields(): FieldError[] {
    return this.body.fields ?? [];
  }

  /** The API's own message in the UI language (German `message`, English `messageEn`). */
  serverMessage(language: Language): string {
    return language === 'en' && this.body.messageEn ? this.body.messageEn : this.body.message;
  }
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON, or as is when it is `FormData`. */
  body?: unknown;
  query?: Record<string, QueryValue | readonly QueryValue[]>;
  signal?: AbortSignal;
  /** Validates the response (a shared zod schema); a mismatch throws `INVALID_RESPONSE`. */
  schema?: ResponseSchema<T>;
  /** `json` (default) or `blob` for downloads such as CSV/XLSX/PDF. */
  responseType?: 'json' | 'blob';
}

/** The part of a zod schema the client uses, so the web app needs no direct zod import. */
export interface ResponseSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown };
}

/**
 * Called on every 401. It may return a promise that resolves to `true` once the user has signed
 * in again (re-login dialog): the request is then sent once more, so a form submitted after the
 * session ended still completes. Anything else: the 401 is thrown.
 */
export type UnauthorizedHandler = (info: {
  path: string;
  error: ApiRequestError;
}) => void | Promise<boolean>;

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface ApiClientOptions {
  /** Prefix of every path; `/api` in the browser, an absolute URL in tests. */
  baseUrl?: string;
}

export class ApiClient {
  private readonly baseUrl: string;
  private csrfToken: Promise<string | null> | null = null;
  private unauthorizedHandler: UnauthorizedHandler | null = null;

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? '/api').replace(/\/$/, '');
  }

  /** Registers what happens on 401 (the session feature: re-login dialog). Returns an unregister. */
  onUnauthorized(handler: UnauthorizedHandler): () => void {
    this.unauthorizedHandler = handler;
    return () => {
      if (this.unauthorizedHandler === handler) this.unauthorizedHandler = null;
    };
  }

  /** Forget the CSRF token, e.g. after login or logout (the session, and so the token, changed). */
  resetCsrfToken(): void {
    this.csrfToken = null;
  }

  get<T>(path: string, options: Omit<RequestOptions<T>, 'method' | 'body'> = {}): Promise<T> {
    return this.request(path, { ...options, method: 'GET' });
  }

  post<T>(path: string, body?: unknown, options: Omit<RequestOptions<T>, 'method' | 'body'> = {}) {
    return this.request<T>(path, { ...options, method: 'POST', body });
  }

  patch<T>(path: string, body?: unknown, options: Omit<RequestOptions<T>, 'method' | 'body'> = {}) {
    return this.request<T>(path, { ...options, method: 'PATCH', body });
  }

  put<T>(path: string, body?: unknown, options: Omit<RequestOptions<T>, 'method' | 'body'> = {}) {
    return this.request<T>(path, { ...options, method: 'PUT', body });
  }

  delete<T = void>(path: string, options: Omit<RequestOptions<T>, 'method' | 'body'> = {}) {
    return this.request<T>(path, { ...options, method: 'DELETE' });
  }

  async request<T>(path: string, options: RequestOptions<T> = {}): Promise<T> {
    const method = options.method ?? 'GET';
    const url = this.url(path, options.query);
    const needsCsrf = STATE_CHANGING.has(method);

    const send = async (): Promise<Response> => {
      const headers = new Headers({ Accept: 'application/json' });
      let body: BodyInit | undefined;
      if (options.body instanceof FormData) {
        body = options.body;
      } else if (options.body !== undefined) {
        headers.set('Content-Type', 'application/json');
        body = JSON.stringify(options.body);
      }
      if (needsCsrf) {
        const token = await this.getCsrfToken(options.signal);
        if (token) headers.set('X-CSRF-Token', token);
      }
      try {
        return await fetch(url, {
          method,
          headers,
          body,
          credentials: 'same-origin',
          signal: options.signal,
        });
      } catch (cause) {
        if (options.signal?.aborted) throw cause; // cancelled by the caller, not a failure
        throw clientError(0, 'NETWORK_ERROR', `Netzwerkfehler bei ${method} ${path}`, cause);
      }
    };

    const attempt = async (): Promise<{ response: Response; error: ApiRequestError | null }> => {
      let response = await send();
      let error = response.ok ? null : await errorFromResponse(response);
      // A stale CSRF token (new session): fetch a fresh one and try once more.
      if (error && needsCsrf && error.statusCode === 403 && /csrf/i.test(error.code)) {
        this.resetCsrfToken();
        response = await send();
        error = response.ok ? null : await errorFromResponse(response);
      }
      return { response, error };
    };

    let { response, error } = await attempt();
    if (error?.statusCode === 401) {
      const signedInAgain = await this.unauthorizedHandler?.({ path, error });
      if (signedInAgain === true && !options.signal?.aborted)
        ({ response, error } = await attempt());
    }
    if (error) throw error;
    return readBody(response, options);
  }

  private url(path: string, query: RequestOptions<unknown>['query']): string {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      const values: readonly QueryValue[] = Array.isArray(value) ? value : [value as QueryValue];
      for (const v of values) if (v !== undefined && v !== null) search.append(key, String(v));
    }
    const qs = search.toString();
    return `${this.baseUrl}${path.startsWith('/') ? path : `/${path}`}${qs ? `?${qs}` : ''}`;
  }

  private getCsrfToken(signal?: AbortSignal): Promise<string | null> {
    if (!this.csrfToken) {
      const pending = this.fetchCsrfToken(signal);
      this.csrfToken = pending;
      // Only a real token is kept; 404 (not there yet), 401 or a network error are asked again next time.
      void pending.then((token) => {
        if (token === null && this.csrfToken === pending) this.csrfToken = null;
      });
    }
    return this.csrfToken;
  }

  private async fetchCsrfToken(signal?: AbortSignal): Promise<string | null> {
    try {
      const response = await fetch(`${this.baseUrl}/auth/csrf`, {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
        signal,
      });
      if (!response.ok) return null;
      const body: unknown = await response.json();
      return isRecord(body) && typeof body.token === 'string' ? body.token : null;
    } catch {
      return null; // the request itself will report the network problem
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function clientError(
  statusCode: number,
  code: ClientErrorCode,
  message: string,
  cause?: unknown,
): ApiRequestError {
  return new ApiRequestError({ statusCode, code, message }, 'client', { cause });
}

async function errorFromResponse(response: Response): Promise<ApiRequestError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON (proxy error page, empty body): described below by status alone
  }
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) return new ApiRequestError(parsed.data, 'server');
  return clientError(
    response.status,
    'HTTP_ERROR',
    `Der Server antwortete mit Status ${response.status}`,
  );
}

async function readBody<T>(response: Response, options: RequestOptions<T>): Promise<T> {
  if (options.responseType === 'blob') return (await response.blob()) as T;
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch (cause) {
    throw clientError(response.status, 'INVALID_RESPONSE', 'Antwort ist kein JSON', cause);
  }
  if (!options.schema) return data as T;
  const result = options.schema.safeParse(data);
  if (!result.success) {
    throw clientError(
      response.status,
      'INVALID_RESPONSE',
      `Antwort passt nicht zum Vertrag: ${String(result.error)}`,
      result.error,
    );
  }
  return result.data;
}

/** The client the app uses: same origin, `/api`. */
export const api = new ApiClient();
