// `node test/support/run-ts.mjs <file.ts> [args…]` runs a TypeScript file of this repository in a child process
// (kill -9 tests, benchmarks) without ts-node: every .ts file is transpiled to CommonJS as it is loaded, without
// type checking (`npm run lint` does that). Source maps are inlined so that stack traces point at .ts lines.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      inlineSourceMap: true,
    },
  });
  module._compile(outputText, filename);
};

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node test/support/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const entry = path.resolve(file);
process.argv = [process.argv[0], entry, ...args];
require(entry);
