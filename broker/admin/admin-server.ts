/**
 * The broker's admin HTTP API (Fastify, on `admin.listeners`): liveness and readiness probes and
 * read-only cluster resources (routes-v3.ts), Prometheus /metrics (metrics.ts) and the web console at /ui (console/). Errors are `{error_code, message}` everywhere,
 * including 404s for unknown routes and 400s for parameters that fail their schema.
 *
 * With authentication configured (admin-security-config.ts) every route needs it and the
 * principal's ACLs apply (route-authorization.ts); /metrics, /healthz and /readyz are then served
 * without authentication only on the separate `admin.unauthenticated.listeners`, when the
 * operator configures one. Without it, as before: every method other than GET/HEAD/OPTIONS passes
 * `requireAdminToken`: when `admin.auth.token` is set it needs `Authorization: Bearer <token>`.
 */

import { timingSafeEqual } from 'node:crypto';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { SecureContextOptions } from 'node:tls';
import type { Authorizer } from '../security/authorizer';
import type { AdminAuthenticator } from './admin-authentication';
import type { AdminDataSource } from './data-source';
import { type ConsoleOptions, registerConsoleRoutes } from './console/console-routes';
import type { AdminClusterClient } from './cluster-access';
import { type AdminCorsOptions, registerCors } from './cors';
import { MethodTable } from './method-not-allowed';
import { registerMetricsRoute } from './metrics';
import { registerOpenApi } from './openapi';
import type { ClusterMetricsExporter } from './metrics-cluster';
import type { MetricGroup } from './metrics-format';
import type { RequestMetrics } from './metrics-requests';
import { RouteAuthorizer } from './route-authorization';
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
  /** Every route needs authentication through it (absent: the legacy authToken rule). */
  authenticator?: AdminAuthenticator | undefined;
  /** Route ACL checks (absent: everything allowed). */
  authorizer?: Authorizer | undefined;
  /** HTTPS: key, certificate, and optionally the CAs and whether client certificates are asked for or required. */
  https?: (SecureContextOptions & { requestCert: boolean; rejectUnauthorized: boolean }) | undefined;
  /** Further /metrics groups the broker keeps: BrokerTopicMetrics, per-partition log figures (metrics-*.ts). */
  metricGroups?: readonly MetricGroup[] | undefined;
  /** The kafka_exporter families, exported while this broker is the active controller; started and stopped with the server. */
  clusterMetrics?: ClusterMetricsExporter | undefined;
  /** The admin API's client of the cluster (internal-client.ts), for routes that change it or read other brokers. */
  cluster?: AdminClusterClient | undefined;
  /** Cross-origin requests (admin.access.control.allow.*); absent: no CORS headers. */
  cors?: AdminCorsOptions | undefined;
  /** Where the web console's files are (tests); the built console beside the server by default. */
  console?: ConsoleOptions | undefined;
}

function createApp(opts: AdminServerOptions, methods?: MethodTable): FastifyInstance {
  const loggerInstance: FastifyBaseLogger = opts.logger;
  const app = Fastify({
    loggerInstance,
    logController: new LogController({ disableRequestLogging: true }),
    requestTimeout: adminRequestTimeoutMs,
    bodyLimit: adminBodyBytesMax,
    forceCloseConnections: true,
    // A field a body or query does not define is refused (400), not silently dropped: a typo must not go unnoticed.
    ajv: { customOptions: { removeAdditional: false } },
    ...(opts.https ? { https: opts.https } : {}),
  }) as unknown as FastifyInstance;
  app.setErrorHandler((err: { statusCode?: number; message: string; validation?: unknown }, request, reply) => {
    const status = err.validation !== undefined ? 400 : (err.statusCode ?? 500);
    if (status >= 500) request.log.error({ err, url: request.url }, 'admin request failed');
    return reply.code(status).send({ error_code: status, message: status >= 500 ? 'internal server error' : err.message });
  });
  methods?.collect(app);
  app.setNotFoundHandler((request, reply) => {
    const allowed = methods?.allowedFor(request) ?? [];
    if (allowed.length > 0) {
      return reply.code(405).header('allow', allowed.join(', ')).send({ error_code: 405, message: `${request.method} is not allowed on ${request.url}; allowed: ${allowed.join(', ')}` });
    }
    return reply.code(404).send({ error_code: 404, message: `no route for ${request.method} ${request.url}` });
  });
  return app;
}

/** /healthz, /readyz and /metrics: on the admin app, and alone on the unauthenticated listener. */
function registerOperationalRoutes(app: FastifyInstance, opts: AdminServerOptions): void {
  app.get('/healthz', { schema: { response: { 200: healthSchema } } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { response: { 200: healthSchema, 503: healthSchema } } }, async (_request, reply) => {
    const readiness = opts.source.readiness();
    if (readiness.ready) return { status: 'ready', reasons: [] };
    return reply.code(503).send({ status: 'not_ready', reasons: readiness.reasons });
  });

  registerMetricsRoute(app, { source: opts.source, groups: [opts.requestMetrics, ...(opts.metricGroups ?? []), opts.clusterMetrics] });
}

/** The app of `admin.unauthenticated.listeners`: probes and metrics only, no authentication. */
export function buildUnauthenticatedAdminApp(opts: Pick<AdminServerOptions, 'source' | 'logger' | 'requestMetrics' | 'metricGroups' | 'clusterMetrics'>): FastifyInstance {
  const plain: AdminServerOptions = { ...opts, https: undefined, authenticator: undefined };
  const app = createApp(plain);
  registerOperationalRoutes(app, plain);
  return app;
}

export function buildAdminApp(opts: AdminServerOptions): FastifyInstance {
  const app = createApp(opts, new MethodTable());
  const corsOn = registerCors(app, opts.cors);
  // A CORS preflight carries no credentials (Fetch standard): the CORS plugin answers it, unauthenticated.
  const isPreflight = (request: FastifyRequest): boolean => corsOn && request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
  const authenticator = opts.authenticator;
  if (authenticator) {
    // The console's static files (console/console-routes.ts) hold no data and must load before it can ask for credentials.
    app.addHook('onRequest', async (request, reply) => {
      if (isPreflight(request)) return;
      if ((request.routeOptions.config as { publicAsset?: boolean } | undefined)?.publicAsset !== true) await authenticator.onRequest(request, reply);
    });
  } else {
    const checkToken = requireAdminToken(opts.authToken);
    app.addHook('onRequest', async (request, reply) => {
      if (!readOnlyMethods.has(request.method)) await checkToken(request, reply);
    });
  }
  registerOpenApi(app);
  // Routes go in a plugin registered after the OpenAPI plugin, so that it sees every route's schema.
  void app.register(async (routes) => {
    registerOperationalRoutes(routes, opts);
    registerV3Routes(routes, opts.source, new RouteAuthorizer(opts.authorizer), opts.cluster);
  });
  registerConsoleRoutes(app, opts.console);
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
  private readonly unauthenticatedApp: FastifyInstance | undefined;
  private readonly clusterMetrics: ClusterMetricsExporter | undefined;
  private boundPortValue = 0;
  private unauthenticatedPortValue = 0;

  /** `unauthenticatedListener`: where probes and metrics are served without authentication, if anywhere. */
  constructor(opts: AdminServerOptions, private readonly unauthenticatedListener?: { host: string; port: number }) {
    this.clusterMetrics = opts.clusterMetrics;
    this.app = buildAdminApp(opts);
    this.unauthenticatedApp = unauthenticatedListener ? buildUnauthenticatedAdminApp(opts) : undefined;
  }

  /** New TLS key and certificates for connections accepted from now on (https only; the listeners' reload). */
  setSecureContext(options: SecureContextOptions): void {
    (this.app.server as unknown as { setSecureContext?: (o: SecureContextOptions) => void }).setSecureContext?.(options);
  }

  async start(host: string, port: number): Promise<number> {
    this.boundPortValue = await listen(this.app, host, port);
    if (this.unauthenticatedApp && this.unauthenticatedListener) {
      this.unauthenticatedPortValue = await listen(this.unauthenticatedApp, this.unauthenticatedListener.host, this.unauthenticatedListener.port);
    }
    this.clusterMetrics?.start();
    return this.boundPortValue;
  }

  get boundPort(): number {
    return this.boundPortValue;
  }

  /** 0 when there is no unauthenticated listener. */
  get unauthenticatedPort(): number {
    return this.unauthenticatedPortValue;
  }

  async stop(): Promise<void> {
    await Promise.all([this.app.close(), this.unauthenticatedApp?.close(), this.clusterMetrics?.stop()]);
  }
}

async function listen(app: FastifyInstance, host: string, port: number): Promise<number> {
  await app.listen({ host, port });
  const address = app.server.address();
  return typeof address === 'object' && address !== null ? address.port : port;
}
