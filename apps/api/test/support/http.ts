/** Response of the test client: status, parsed JSON body (or text) and headers. */
export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

type Json = Record<string, unknown> | unknown[] | string | number | boolean | null;

/**
 * A tiny browser stand-in over fetch: keeps the session cookie, fetches the CSRF token after
 * login and sends it with every write, and an Origin header like a browser on the same site.
 */
export class HttpClient {
  private cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(readonly baseUrl: string) {}

  async login(email: string, password: string): Promise<TestResponse> {
    const res = await this.request('POST', '/api/auth/login', { email, password });
    if (res.status !== 200)
      throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const csrf = await this.request<{ token: string }>('GET', '/api/auth/csrf');
    this.csrfToken = csrf.body.token;
    return res;
  }

  get<T = unknown>(path: string, headers: Record<string, string> = {}): Promise<TestResponse<T>> {
    return this.request<T>('GET', path, undefined, headers);
  }
  post<T = unknown>(
    path: string,
    body?: Json,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    return this.request<T>('POST', path, body, headers);
  }
  patch<T = unknown>(
    path: string,
    body?: Json,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    return this.request<T>('PATCH', path, body, headers);
  }
  put<T = unknown>(
    path: string,
    body?: Json,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    return this.request<T>('PUT', path, body, headers);
  }
  delete<T = unknown>(
    path: string,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    return this.request<T>('DELETE', path, undefined, headers);
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: Json | FormData,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const h: Record<string, string> = { origin: this.baseUrl, ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (method !== 'GET' && method !== 'HEAD' && this.csrfToken && !('x-csrf-token' in headers)) {
      h['x-csrf-token'] = this.csrfToken;
    }
    let payload: string | FormData | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] = 'application/json';
    }
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: h,
      body: payload,
      redirect: 'manual',
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      if (!pair?.startsWith('lp_session=')) continue;
      this.cookie =
        /Expires=Thu, 01 Jan 1970/i.test(c) || pair === 'lp_session=' ? undefined : pair;
    }
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    const parsed =
      type.includes('application/json') && text ? (JSON.parse(text) as T) : (text as T);
    return { status: res.status, body: parsed, headers: res.headers };
  }
}
