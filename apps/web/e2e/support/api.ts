import type { BrowserContext } from 'playwright-core';
import { DEMO_EMAILS, DEMO_PASSWORD } from './session';

/** A small API client for test set-up and checks, signed in like a browser would be. */
export class ApiSession {
  private constructor(
    private readonly baseUrl: string,
    private cookie: string,
    private csrf: string,
  ) {}

  static async signIn(baseUrl: string, email = DEMO_EMAILS.admin, password = DEMO_PASSWORD) {
    const login = await fetch(new URL('/api/auth/login', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (login.status !== 200) throw new Error(`E2E: API-Anmeldung ${login.status}`);
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    return ApiSession.fromCookie(baseUrl, cookie);
  }

  /** The session a browser context holds (its `lp_session` cookie). */
  static async ofBrowser(baseUrl: string, context: BrowserContext) {
    const session = (await context.cookies(baseUrl)).find((c) => c.name === 'lp_session');
    if (!session) throw new Error('E2E: der Browser hat keine Sitzung');
    return ApiSession.fromCookie(baseUrl, `lp_session=${session.value}`);
  }

  private static async fromCookie(baseUrl: string, cookie: string) {
    const csrf = await fetch(new URL('/api/auth/csrf', baseUrl), { headers: { cookie } });
    if (csrf.status !== 200) throw new Error(`E2E: CSRF-Token ${csrf.status}`);
    const { token } = (await csrf.json()) as { token: string };
    return new ApiSession(baseUrl, cookie, token);
  }

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(new URL(path, this.baseUrl), {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /** Ends this session on the server (the browser keeps a cookie that no longer counts). */
  async signOut(): Promise<void> {
    const res = await this.request('POST', '/api/auth/logout');
    if (res.status !== 204) throw new Error(`E2E: Abmelden ${res.status}`);
  }
}
