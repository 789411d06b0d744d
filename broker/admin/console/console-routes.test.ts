/**
 * The console's static files through app.inject(): content types, the Content-Security-Policy,
 * revalidation, nothing outside the built folder, and no credentials needed for the files while
 * the API behind them still asks for them.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';

// light-my-request (behind app.inject) requires `cookie` 2.x, an ES module Jest's CommonJS runtime cannot load; no cookies here.
jest.mock('cookie', () => ({
  stringifySetCookie: (): string => {
    throw new Error('cookies are not used by these tests');
  },
}));

import { userPrincipal } from '../../security/principal';
import { AdminAuthenticator } from '../admin-authentication';
import { buildAdminApp } from '../admin-server';
import type { AdminDataSource } from '../data-source';
import { consoleContentSecurityPolicy, consoleFileBytesMax } from './console-routes';

const quiet = pino({ level: 'silent' });
const source: AdminDataSource = {
  clusterId: () => 'c1', controllerId: () => 1, brokers: () => [], topicNames: () => [], topic: () => undefined,
  readiness: () => ({ ready: true, reasons: [] }),
};

describe('console routes', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'samsa-console-'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(path.join(root, 'app.js'), 'export {};');
    writeFileSync(path.join(root, 'console.css'), 'body{}');
    writeFileSync(path.join(root, 'notes.txt'), 'not a console file type');
    writeFileSync(path.join(root, 'huge.js'), Buffer.alloc(consoleFileBytesMax + 1));
    mkdirSync(path.join(root, 'sub'));
    writeFileSync(path.join(root, '..', 'secret.js'), 'outside');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const app = (authenticated = false) => buildAdminApp({
    source, logger: quiet, console: { root },
    ...(authenticated ? { authenticator: new AdminAuthenticator({ tokens: new Map([['t0ken', userPrincipal('ops')]]), tls: false, logger: quiet, failedAuthenticationDelayMs: 0 }) } : {}),
  });

  it.each([
    ['/ui/', 'text/html; charset=utf-8'],
    ['/ui/app.js', 'text/javascript; charset=utf-8'],
    ['/ui/console.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s with a strict policy', async (url, type) => {
    const response = await app().inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['content-security-policy']).toBe(consoleContentSecurityPolicy);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('allows no inline script, eval or foreign origin in the policy', () => {
    const directives = new Map(consoleContentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('redirects /ui to /ui/', async () => {
    const response = await app().inject({ method: 'GET', url: '/ui' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/ui/');
  });

  it('answers 304 to a request that already has the current file', async () => {
    const first = await app().inject({ method: 'GET', url: '/ui/app.js' });
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await app().inject({ method: 'GET', url: '/ui/app.js', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it.each(['/ui/notes.txt', '/ui/huge.js', '/ui/sub', '/ui/missing.js'])('does not serve %s', async (url) => {
    const response = await app().inject({ method: 'GET', url });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error_code: 404 });
  });

  it.each(['/ui/..%2Fsecret.js', '/ui/%2E%2E/secret.js', '/ui/../secret.js', '/ui/a%00.js'])('never reaches outside the console folder: %s', async (url) => {
    const response = await app().inject({ method: 'GET', url });
    expect([400, 404]).toContain(response.statusCode);
    expect(response.body).not.toContain('outside');
  });

  it('serves the files without credentials while the API still asks for them', async () => {
    const secured = app(true);
    expect((await secured.inject({ method: 'GET', url: '/ui/' })).statusCode).toBe(200);
    expect((await secured.inject({ method: 'GET', url: '/ui/app.js' })).statusCode).toBe(200);
    const api = await secured.inject({ method: 'GET', url: '/v3/clusters' });
    expect(api.statusCode).toBe(401);
    expect(api.headers['www-authenticate']).toContain('Bearer');
    const unknown = await secured.inject({ method: 'GET', url: '/nothing-here' });
    expect(unknown.statusCode).toBe(401);
    expect((await secured.inject({ method: 'GET', url: '/v3/clusters', headers: { authorization: 'Bearer t0ken' } })).statusCode).toBe(200);
  });
});
