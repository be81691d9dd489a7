// A small GraphQL-over-HTTP client for API tests: real requests, full responses. `gql()` and `session.gql()` take
// only a typed document (`graphql(...)` from ./graphql, checked against the schema by `npm run codegen`), so the
// variables and the answer's data are typed from the schema. Text goes only through the paths named for it:
// `untyped(DOCUMENT)` for a request that must be wrong, `rawGql()` / `session.rawGql()` for the suites that send
// malformed or hostile GraphQL on purpose (ESLint allows them there only) and `postRaw()` for bodies that are not
// GraphQL requests at all (docs/development.md, "Typed documents in API tests").
import { TypedDocumentString } from './graphql/graphql';

/** Variables a document needs: optional when it has none that are required. */
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

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

/** Sends a typed document: its variables are checked and its answer typed. */
export function gql<R, V>(
  baseUrl: string,
  document: TypedDocumentString<R, V>,
  ...[variables, headers]: [...VariablesArg<V>, headers?: Record<string, string>]
): Promise<GqlResponse<R>>;
export function gql(
  baseUrl: string,
  document: TypedDocumentString<unknown, unknown>,
  variables?: unknown,
  headers?: Record<string, string>,
): Promise<GqlResponse<unknown>> {
  return post(baseUrl, document.toString(), variables, headers);
}

/**
 * Sends GraphQL text as it is, typed by hand: only for the suites that test malformed, oversized and hostile
 * documents (hostile-input, graphql-limits, graphql-contract, http), which no schema-checked document could be.
 * ESLint refuses it elsewhere: write `graphql(...)` and send it with `gql()`.
 */
export function rawGql<T = Record<string, unknown>>(
  baseUrl: string,
  text: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<GqlResponse<T>> {
  return post(baseUrl, text, variables, headers) as Promise<GqlResponse<T>>;
}

async function post(
  baseUrl: string,
  query: string,
  variables: unknown,
  headers: Record<string, string> = {},
): Promise<GqlResponse<unknown>> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GqlResponse['body'] };
}

/**
 * The same document, taking any variables (its answer untyped): for a request that must be wrong (an unknown
 * enum value, a missing or misspelt variable) to prove the API refuses it. Send it with `gql()` as usual.
 */
export function untyped(
  document: TypedDocumentString<unknown, never>,
): TypedDocumentString<Record<string, unknown>, Record<string, unknown>> {
  return new TypedDocumentString(document.toString());
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

  /** Sends a typed document with this session's cookie: its variables are checked and its answer typed. */
  gql<R, V>(document: TypedDocumentString<R, V>, ...[variables]: VariablesArg<V>): Promise<GqlResponse<R>> {
    return this.post(document.toString(), variables) as Promise<GqlResponse<R>>;
  }

  /** GraphQL text as it is, with this session's cookie: only for the raw suites, as `rawGql()`. */
  rawGql<T = Record<string, unknown>>(text: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
    return this.post(text, variables) as Promise<GqlResponse<T>>;
  }

  private async post(query: string, variables: unknown): Promise<GqlResponse<unknown>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    this.remember(res);
    return { status: res.status, headers: res.headers, body: (await res.json()) as GqlResponse['body'] };
  }
}
