/**
 * Cross-origin access to the admin API, configured as Confluent's REST Proxy configures it
 * (`access.control.allow.origin`, `access.control.allow.methods`, here with the `admin.` prefix):
 * origins are a comma-separated list or `*`, and an empty origin leaves CORS off (no headers, as
 * the REST Proxy's default). Served by @fastify/cors, which also answers preflight requests.
 */
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

export interface AdminCorsOptions {
  /** '*' or exact origins (scheme://host[:port]); empty: CORS off. */
  allowOrigins: string[];
  /** Methods allowed cross-origin; empty: @fastify/cors's default (GET, HEAD, PUT, PATCH, POST, DELETE). */
  allowMethods: string[];
}

/** Parses the two keys' comma-separated values. */
export function adminCorsOptions(allowOrigin: string, allowMethods: string): AdminCorsOptions {
  const split = (text: string): string[] => text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  return { allowOrigins: split(allowOrigin), allowMethods: split(allowMethods).map((m) => m.toUpperCase()) };
}

/** Registers CORS when configured; true when it is on. */
export function registerCors(app: FastifyInstance, options: AdminCorsOptions | undefined): boolean {
  if (options === undefined || options.allowOrigins.length === 0) return false;
  const origin = options.allowOrigins.includes('*') ? '*' : options.allowOrigins;
  void app.register(cors, {
    origin,
    ...(options.allowMethods.length > 0 ? { methods: options.allowMethods } : {}),
    exposedHeaders: ['allow'],
  });
  return true;
}
