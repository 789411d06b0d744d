/**
 * The web console at /ui: a fixed set of static files (HTML, CSS and the compiled browser
 * modules of ./web), read once when the admin app is built and served from memory, so that no
 * request path ever reaches the file system. The console talks to the REST v3 routes like any
 * other client; its files hold no cluster data, so they are served without authentication (the
 * page must load to ask for credentials) while every API call it makes is authenticated.
 *
 * Every console response carries a strict Content-Security-Policy: scripts and styles only from
 * this origin (no inline script, no eval), no framing, no plugins, connections only back to
 * this admin API. Record data is rendered as text by the browser code, and the policy is the
 * second line of defence should that ever slip.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const consolePathPrefix = '/ui';
/** The route config flag the admin authenticator honours: these files need no credentials. */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** A route the admin server serves without authentication (the console's static files). */
    publicAsset?: boolean;
  }
}

export const publicRouteConfig = { publicAsset: true } as const;

export const consoleContentSecurityPolicy = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** A console build is a few hundred kilobytes; anything far larger in the folder is not ours to serve. */
export const consoleFileBytesMax = 2 * 1024 * 1024;

interface ConsoleFile {
  body: Buffer;
  contentType: string;
  etag: string;
}

/** The servable files of `root` (no subfolders, no source maps or declarations): name -> file. */
export function loadConsoleFiles(root: string): Map<string, ConsoleFile> {
  const files = new Map<string, ConsoleFile>();
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return files;
  }
  for (const name of names) {
    const contentType = contentTypes[path.extname(name)];
    if (contentType === undefined || name.endsWith('.d.ts')) continue;
    const body = readFileSync(path.join(root, name));
    if (body.length > consoleFileBytesMax) continue;
    files.set(name, { body, contentType, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` });
  }
  return files;
}

function securityHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', consoleContentSecurityPolicy)
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'DENY')
    .header('referrer-policy', 'no-referrer')
    .header('cross-origin-opener-policy', 'same-origin');
}

export interface ConsoleOptions {
  /** Folder of the built console (default: ./web beside this module, which `npm run build` fills). */
  root?: string;
}

export function registerConsoleRoutes(app: FastifyInstance, opts: ConsoleOptions = {}): void {
  const files = loadConsoleFiles(opts.root ?? path.join(__dirname, 'web'));
  const send = (reply: FastifyReply, name: string, ifNoneMatch: string | undefined) => {
    const file = files.get(name);
    securityHeaders(reply);
    if (file === undefined) return reply.code(404).send({ error_code: 404, message: `no console file ${name}` });
    // no-cache: revalidate each time, so that an upgraded broker never runs a stale console.
    reply.header('cache-control', 'no-cache').header('etag', file.etag);
    if (ifNoneMatch === file.etag) return reply.code(304).send();
    return reply.type(file.contentType).send(file.body);
  };
  const config = publicRouteConfig;
  // Static files, not part of the REST API's OpenAPI document.
  const hide = { hide: true };
  app.get(consolePathPrefix, { config, schema: hide }, async (_request, reply) => reply.redirect(`${consolePathPrefix}/`));
  app.get(`${consolePathPrefix}/`, { config, schema: hide }, async (request, reply) => send(reply, 'index.html', request.headers['if-none-match']));
  app.get<{ Params: { file: string } }>(`${consolePathPrefix}/:file`, {
    config,
    schema: { ...hide, params: { type: 'object', properties: { file: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,100}$' } }, required: ['file'] } },
  }, async (request, reply) => send(reply, request.params.file, request.headers['if-none-match']));
}
