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
