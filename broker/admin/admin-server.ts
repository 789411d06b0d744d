/**
 * The broker's admin HTTP API (Fastify, on `admin.listeners`): liveness and readiness probes and
 * read-only cluster resources (routes-v3.ts), and Prometheus /metrics (metrics.ts). Errors are `{error_code, message}` everywhere,
 * including 404s for unknown routes and 400s for parameters that fail their schema.
 *
 * Every method other than GET/HEAD/OPTIONS (mutating routes come in a later release) passes
 * `requireAdminToken`: when `admin.auth.token` is set it needs `Authorization: Bearer <token>`.
 */

import { timingSafeEqual } from 'node:crypto';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { AdminDataSource } from './data-source';
import { registerMetricsRoute } from './metrics';
import { ProcessMetrics } from './metrics-process';
import type { RequestMetrics } from './metrics-requests';
import { registerV3Routes } from './routes-v3';
import { healthSchema } from './schemas';

/** Bounds on the admin server: it must never hold a shutdown hostage or buffer large bodies. */
export const adminRequestTimeoutMs = 10_000;
export const adminBodyBytesMax = 1024 * 1024;
const readOnlyMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AdminServerOptions {
  source: AdminDataSource;
  logger: Logger;
  authToken?: string | undefined;
  /** The request dispatcher's counters for /metrics (absent: no request metrics). */
  requestMetrics?: RequestMetrics | undefined;
}

export function buildAdminApp(opts: AdminServerOptions): FastifyInstance {
  const loggerInstance: FastifyBaseLogger = opts.logger;
  const app = Fastify({
    loggerInstance,
    logController: new LogController({ disableRequestLogging: true }),
    requestTimeout: adminRequestTimeoutMs,
    bodyLimit: adminBodyBytesMax,
    forceCloseConnections: true,
  });

  app.setErrorHandler((err: { statusCode?: number; message: string; validation?: unknown }, request, reply) => {
    const status = err.validation !== undefined ? 400 : (err.statusCode ?? 500);
    if (status >= 500) request.log.error({ err, url: request.url }, 'admin request failed');
    return reply.code(status).send({ error_code: status, message: status >= 500 ? 'internal server error' : err.message });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error_code: 404, message: `no route for ${request.method} ${request.url}` }));

  const checkToken = requireAdminToken(opts.authToken);
  app.addHook('onRequest', async (request, reply) => {
    if (!readOnlyMethods.has(request.method)) await checkToken(request, reply);
  });

  app.get('/healthz', { schema: { response: { 200: healthSchema } } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { response: { 200: healthSchema, 503: healthSchema } } }, async (_request, reply) => {
    const readiness = opts.source.readiness();
    if (readiness.ready) return { status: 'ready', reasons: [] };
    return reply.code(503).send({ status: 'not_ready', reasons: readiness.reasons });
  });

  registerV3Routes(app, opts.source);
  const processMetrics = new ProcessMetrics();
  app.addHook('onClose', async () => processMetrics.stop());
  registerMetricsRoute(app, { source: opts.source, requests: opts.requestMetrics, process: processMetrics });
  return app;
}

/**
 * A preHandler for mutating routes: with a token configured, the request must carry it as a
 * bearer token (401 otherwise); without one, mutating routes are open, as Kafka's REST proxy
 * is without an authenticator.
 */
export function requireAdminToken(token: string | undefined) {
  const expected = token === undefined ? undefined : Buffer.from(token);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (expected === undefined) return;
    const header = request.headers.authorization ?? '';
    const presented = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
      await reply.code(401).header('www-authenticate', 'Bearer').send({ error_code: 401, message: 'a valid bearer token is required' });
    }
  };
}

export class AdminServer {
  private readonly app: FastifyInstance;
  private boundPortValue = 0;

  constructor(opts: AdminServerOptions) {
    this.app = buildAdminApp(opts);
  }

  async start(host: string, port: number): Promise<number> {
    await this.app.listen({ host, port });
    const address = this.app.server.address();
    this.boundPortValue = typeof address === 'object' && address !== null ? address.port : port;
    return this.boundPortValue;
  }

  get boundPort(): number {
    return this.boundPortValue;
  }

  async stop(): Promise<void> {
    await this.app.close();
  }
}
