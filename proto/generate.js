#!/usr/bin/env node
// Generates proto/generated/samsa.{js,d.ts} from the .proto files with protobufjs-cli.
//   node proto/generate.js             regenerate in place
//   node proto/generate.js --check     fail when the committed output differs from a fresh one
//   node proto/generate.js --copy-to D copy the generated module into D (used by the build)
// The generated code is never edited by hand: change a .proto and run `npm run proto:gen`.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const here = __dirname;
const outDir = path.join(here, 'generated');
const protoFiles = ['envelope.proto', 'cluster.proto', 'produce_fetch.proto', 'topics.proto', 'control.proto', 'groups.proto', 'transactions.proto', 'users.proto', 'security_sasl.proto', 'acls.proto', 'configs.proto', 'record.proto'];
const bin = (name) => path.join(here, '..', 'node_modules', '.bin', name);

function generate(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const js = path.join(dir, 'samsa.js');
  execFileSync(bin('pbjs'), [
    '-t', 'static-module', '-w', 'commonjs', '--force-number', '--no-verify', '--no-delimited',
    '--no-beautify', '-p', here, '-o', js, ...protoFiles.map((f) => path.join(here, f)),
  ], { stdio: 'inherit' });
  execFileSync(bin('pbts'), ['-o', path.join(dir, 'samsa.d.ts'), js], { stdio: 'inherit' });
  forceNumberInt64(js);
}

// Offsets and timestamps stay below 2^53, and the whole codebase treats int64 fields as JS
// numbers (pbjs --force-number types them so). protobufjs decodes int64 as Long objects whenever
// the optional `long` package is installed, so the generated module switches its runtime to plain
// numbers before any message is decoded, whoever imports it first.
function forceNumberInt64(jsFile) {
  const anchor = 'var $protobuf = require("protobufjs/minimal");';
  const source = fs.readFileSync(jsFile, 'utf8');
  if (!source.includes(anchor)) throw new Error(`unexpected pbjs output: ${anchor} not found`);
  const patched = source.replace(anchor, `${anchor}\n$protobuf.util.Long = undefined;\n$protobuf.configure();`);
  fs.writeFileSync(jsFile, patched);
}

const args = process.argv.slice(2);
if (args[0] === '--copy-to') {
  const target = args[1];
  fs.mkdirSync(target, { recursive: true });
  for (const f of ['samsa.js', 'samsa.d.ts']) fs.copyFileSync(path.join(outDir, f), path.join(target, f));
} else if (args[0] === '--check') {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samsa-proto-'));
  generate(tmp);
  for (const f of ['samsa.js', 'samsa.d.ts']) {
    const fresh = fs.readFileSync(path.join(tmp, f), 'utf8');
    const committed = fs.existsSync(path.join(outDir, f)) ? fs.readFileSync(path.join(outDir, f), 'utf8') : '';
    if (fresh !== committed) {
      console.error(`proto/generated/${f} is out of date with the .proto files: run npm run proto:gen`);
      process.exit(1);
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log('proto/generated is up to date');
} else {
  generate(outDir);
}
