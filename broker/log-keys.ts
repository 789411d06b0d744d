/**
 * One value per key in every broker log line. pino appends a child's bindings to its parent's
 * and a call's fields after both, so `child({ component })` under a component logger, or a call
 * that logs `brokerId` again, used to give lines such as `"brokerId":1,...,"brokerId":1` that
 * JSON tools read differently (jq keeps the last, some log shippers refuse the line).
 *
 * Two pino hooks keep the keys unique: when a child is created its bindings are merged (the
 * child's value wins: it names the narrower scope, e.g. component "log" under "log-manager");
 * when a line is logged, a field that repeats a binding with the same value is dropped, and one
 * with a different value is kept as `logged<Key>`, so that `brokerId` always means the broker
 * that wrote the line.
 */

import pino, { type Logger, type LoggerOptions } from 'pino';

type Fields = Record<string, unknown>;
type WithChindings = Record<symbol, unknown>;

const { chindingsSym } = pino.symbols;
const bindingsByLogger = new WeakMap<Logger, Fields>();

function bindingsOf(logger: Logger): Fields {
  let bindings = bindingsByLogger.get(logger);
  if (bindings === undefined) {
    bindings = logger.bindings();
    bindingsByLogger.set(logger, bindings);
  }
  return bindings;
}

/** pino's `onChild`: rewrites the child's serialized bindings (`,"k":v,...`) with one value per key. */
export function mergeChildBindings(child: Logger): void {
  const target = child as unknown as WithChindings;
  const chindings = target[chindingsSym];
  if (typeof chindings !== 'string' || chindings.length === 0) return;
  const merged = JSON.parse(`{${chindings.slice(1)}}`) as Fields;
  target[chindingsSym] = `,${JSON.stringify(merged).slice(1, -1)}`;
}

/** The fields of one log call without the keys its logger already binds. */
export function withoutBoundKeys(fields: Fields, bindings: Fields): Fields {
  let out: Fields | undefined;
  for (const key of Object.keys(fields)) {
    if (!(key in bindings)) continue;
    out ??= { ...fields };
    const value = out[key];
    delete out[key];
    if (value !== bindings[key]) out[`logged${key.charAt(0).toUpperCase()}${key.slice(1)}`] = value;
  }
  return out ?? fields;
}

/** The pino options that keep keys unique (merged into the broker's root logger options). */
export const uniqueKeyOptions: Pick<LoggerOptions, 'onChild' | 'hooks'> = {
  onChild: mergeChildBindings,
  hooks: {
    logMethod(args, method) {
      const [first, ...rest] = args as unknown[];
      if (typeof first !== 'object' || first === null || first instanceof Error) return method.apply(this, args);
      const fields = withoutBoundKeys(first as Fields, bindingsOf(this));
      return method.apply(this, [fields, ...rest] as Parameters<typeof method>);
    },
  },
};
