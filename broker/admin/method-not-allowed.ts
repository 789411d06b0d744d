/**
 * 405 Method Not Allowed with an `Allow` header (RFC 9110 §15.5.6) for a known path asked with a
 * method it does not serve, instead of Fastify's 404: the table of paths is collected from the
 * routes as they are registered (onRoute), so it cannot drift from them.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

interface KnownPath {
  pattern: RegExp;
  methods: Set<string>;
}

/** A Fastify route path as a regular expression: `:name` is one segment, `::` a literal colon. */
export function routePattern(url: string): RegExp {
  const literalColon = '\u0000';
  const parts = url.replaceAll('::', literalColon).split(/(:[A-Za-z_][A-Za-z0-9_]*)/);
  const source = parts.map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(literalColon, ':'))).join('');
  return new RegExp(`^${source}/?$`);
}

export class MethodTable {
  private readonly paths = new Map<string, KnownPath>();

  /** Records every route registered on `app` (and its children) from now on. */
  collect(app: FastifyInstance): void {
    app.addHook('onRoute', (route) => {
      if (route.url.includes('*')) return;
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      const known = this.paths.get(route.url) ?? { pattern: routePattern(route.url), methods: new Set<string>() };
      for (const m of methods) known.methods.add(m.toUpperCase());
      this.paths.set(route.url, known);
    });
  }

  /** The methods `path` is served with, sorted; empty when no route has that path. */
  allowed(path: string): string[] {
    const methods = new Set<string>();
    for (const known of this.paths.values()) {
      if (known.pattern.test(path)) for (const m of known.methods) methods.add(m);
    }
    return [...methods].sort();
  }

  /** For the not-found handler: the Allow list when the request's path is known under other methods. */
  allowedFor(request: FastifyRequest): string[] {
    const path = request.url.split('?')[0] ?? '';
    return this.allowed(path);
  }
}
