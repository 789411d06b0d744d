/**
 * `samsa --version`: the package's version, printed alone on a line as Kafka's tools print
 * theirs (`kafka-topics.sh --version`). Read from package.json, which ships beside dist/ both
 * in the npm package and in the container image, so the two can never disagree.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const packageName = 'samsa';
/** dist/client/cli -> the package root is three levels up; sources are two; a bound, not a search. */
const packageSearchDepthMax = 4;

export function samsaVersion(from: string = __dirname): string {
  let dir = from;
  for (let i = 0; i <= packageSearchDepthMax; i++) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === packageName && typeof pkg.version === 'string') return pkg.version;
    }
    dir = path.dirname(dir);
  }
  throw new Error(`no package.json of ${packageName} above ${from}`);
}
