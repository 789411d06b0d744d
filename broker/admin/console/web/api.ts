/**
 * The console's one door to the cluster: the admin API's REST v3 routes, with the user's
 * credentials (HTTP basic or a bearer token) when the API asks for them. Credentials are held in
 * this module's memory only (never in storage), so that closing the tab forgets them.
 */

export type Credentials = { scheme: 'Basic'; user: string; password: string } | { scheme: 'Bearer'; token: string };

/** A slow cluster answers within this or the user gets an error instead of a page stuck loading. */
export const requestTimeoutMs = 15_000;
/** Lists are followed through `metadata.next` for at most this many pages. */
export const listPagesMax = 100;

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** 401: the API wants credentials; `schemes` are the ones its WWW-Authenticate offers. */
export class AuthenticationRequired extends ApiError {
  constructor(readonly schemes: string[]) {
    super(401, 'the admin API asks for credentials');
  }
}

export interface Related { related: string }
export interface ListOf<T> { kind: string; metadata: { self: string; next?: string | null }; data: T[] }

let credentials: Credentials | undefined;

export function setCredentials(next: Credentials | undefined): void {
  credentials = next;
  clusterPathPromise = undefined;
}

export function hasCredentials(): boolean {
  return credentials !== undefined;
}

function authorization(c: Credentials): string {
  if (c.scheme === 'Bearer') return `Bearer ${c.token}`;
  const bytes = new TextEncoder().encode(`${c.user}:${c.password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

function schemesOf(header: string | null): string[] {
  if (header === null) return [];
  return [...header.matchAll(/(?:^|,)\s*(Basic|Bearer)\b/gi)].map((m) => m[1]!.toLowerCase() === 'basic' ? 'Basic' : 'Bearer');
}

async function errorOf(response: Response): Promise<ApiError> {
  if (response.status === 401) return new AuthenticationRequired(schemesOf(response.headers.get('www-authenticate')));
  let message = `${response.status} ${response.statusText}`;
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string') message = body.message;
  } catch {
    // Not JSON: the status line says enough.
  }
  return new ApiError(response.status, message);
}

/** One REST call; JSON in and out; 204 resolves to undefined. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (credentials) headers.authorization = authorization(credentials);
  // credentials 'omit': the console sends its own Authorization header, and the browser's own
  // basic-auth prompt (which 'include' would raise on a 401) must not compete with its form.
  const response = await fetch(path, {
    method, headers, credentials: 'omit', cache: 'no-store',
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(requestTimeoutMs),
  });
  if (!response.ok) throw await errorOf(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

export const get = <T>(path: string): Promise<T> => api<T>('GET', path);

/** Same-origin path of a `related`/`next` URL (the API writes absolute URLs with its own host name). */
export function pathOf(url: string): string {
  const parsed = new URL(url, location.href);
  return `${parsed.pathname}${parsed.search}`;
}

/** Every item of a list, following `metadata.next` (Confluent's paging) for at most listPagesMax pages. */
export async function listAll<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let next: string | null | undefined = path;
  for (let page = 0; next && page < listPagesMax; page++) {
    const list: ListOf<T> = await get<ListOf<T>>(next);
    items.push(...list.data);
    next = list.metadata.next ? pathOf(list.metadata.next) : null;
  }
  return items;
}

let clusterPathPromise: Promise<string> | undefined;

/** `/v3/clusters/<id>`: the cluster this admin API belongs to (there is exactly one). */
export function clusterPath(): Promise<string> {
  clusterPathPromise ??= get<ListOf<{ cluster_id: string }>>('/v3/clusters').then((list) => {
    const id = list.data[0]?.cluster_id;
    if (id === undefined) throw new ApiError(503, 'the broker does not know its cluster id yet');
    return `/v3/clusters/${encodeURIComponent(id)}`;
  });
  clusterPathPromise.catch(() => { clusterPathPromise = undefined; });
  return clusterPathPromise;
}

export function seg(name: string | number): string {
  return encodeURIComponent(String(name));
}

/** The trailing id of a `related` link (`.../brokers/3` -> 3), or undefined. */
export function idOf(link: Related | null | undefined): number | undefined {
  const last = link?.related.split('/').pop();
  const id = last === undefined ? NaN : Number(last);
  return Number.isInteger(id) ? id : undefined;
}

/** `fn` over `items` with at most `concurrency` calls in flight, results in order. */
export async function mapBounded<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
