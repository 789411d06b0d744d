import { PassThrough } from 'node:stream';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { commands } from '../../client/cli/args';
import { main } from '../../client/cli/main';
import { brokerCommands } from './samsa';

function capture() {
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (c: Buffer) => (text += c.toString()));
  return { io: { stdout, stderr: new PassThrough(), stdin: new PassThrough() }, text: () => text };
}

describe('the samsa binary', () => {
  it("says (repeatable) once for broker --help's --override", async () => {
    const out = capture();
    await expect(main(['broker', '--help'], out.io, brokerCommands)).resolves.toBe(0);
    expect(out.text()).toMatch(/--override <key=value> +Override a broker property \(repeatable\)\n/);
    expect(out.text()).not.toContain('(repeatable) (repeatable)');
  });

  it('leaves (repeatable) to the help printer in every command', () => {
    for (const spec of [...Object.values(commands), ...brokerCommands.map((c) => c.spec)]) {
      for (const [name, flag] of Object.entries(spec.flags)) expect(`${spec.name} --${name}: ${flag.description}`).not.toMatch(/\(repeatable\)/);
    }
  });

  it("prints the package's version for --version", async () => {
    const { version } = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    for (const argv of [['--version'], ['version']]) {
      const out = capture();
      await expect(main(argv, out.io, brokerCommands)).resolves.toBe(0);
      expect(out.text()).toBe(`${version}\n`);
    }
  });
});
