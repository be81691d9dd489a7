// A small GraphQL-over-HTTP client for API tests: real requests, full responses.
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: {
      message: string;
      path?: string[];
      extensions?: { code?: string; fields?: unknown } & Record<string, unknown>;
    }[];
  };
}

export async function gql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GqlResponse<T>['body'] };
}

/** POSTs a raw body (for malformed and batched requests). */
export async function postRaw(baseUrl: string, body: string, headers: Record<string, string>) {
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body });
  const text = await res.text();
  let json: GqlResponse['body'] | undefined;
  try {
    json = JSON.parse(text) as GqlResponse['body'];
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** A browser-like client that keeps the session cookie between requests. */
export class Session {
  cookie = '';

  constructor(readonly baseUrl: string) {}

  private remember(res: Response): void {
    const set = res.headers.getSetCookie();
    for (const c of set) {
      const [pair] = c.split(';');
      const [name, value] = pair.split('=');
      if (name === 'hcop_session') this.cookie = value ? `hcop_session=${value}` : '';
      if (/expires=Thu, 01 Jan 1970/i.test(c)) this.cookie = '';
    }
  }

  async signIn(email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(`${this.baseUrl}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email, password }),
    });
    this.remember(res);
    return res;
  }

  async signOut(): Promise<Response> {
    const res = await fetch(`${this.baseUrl}/auth/sign-out`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie },
      body: '{}',
    });
    this.remember(res);
    return res;
  }

  async gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    this.remember(res);
    return { status: res.status, headers: res.headers, body: (await res.json()) as GqlResponse<T>['body'] };
  }
}
