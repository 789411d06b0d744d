/**
 * proto/README.md's API table is what someone writing a client trusts: it must list exactly the
 * APIs a broker serves (the dispatcher's handler table), under Kafka's names and keys.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { apiName } from '../proto/api';
import { implementedApiKeys } from '../broker/network/handlers/implemented-apis';

const readme = readFileSync(path.resolve(__dirname, '../proto/README.md'), 'utf8');

/** Rows of the table that starts with `| api key | API |`: [key range, names]. */
function apiTableRows(): Array<{ keys: number[]; names: string[] }> {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| api key | API |'));
  expect(start).toBeGreaterThan(0);
  const rows: Array<{ keys: number[]; names: string[] }> = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [keyCell, nameCell] = line.split('|').slice(1, 3).map((c) => c.trim());
    const [from, to] = keyCell!.split('-').map(Number);
    const keys: number[] = [];
    for (let k = from!; k <= (to ?? from!); k++) keys.push(k);
    rows.push({ keys, names: nameCell!.split(',').map((n) => n.trim()) });
  }
  return rows;
}

describe('proto/README.md API table', () => {
  it('lists exactly the APIs the broker serves', () => {
    const listed = apiTableRows().flatMap((r) => r.keys).sort((a, b) => a - b);
    expect(listed).toEqual([...implementedApiKeys].sort((a, b) => a - b));
  });

  it("names each API as Kafka does", () => {
    for (const row of apiTableRows()) expect(row.names).toEqual(row.keys.map(apiName));
  });
});
