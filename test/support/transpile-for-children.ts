import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
/** What child processes may load: the service's code (not the tab) and the test support and flows. */
const TREES = ['src', 'test/support', 'test/delivery'];
let output: string | undefined;

/**
 * Transpiles the repository's TypeScript to CommonJS once per process, for child processes to run as plain
 * JavaScript (`node <root>/test/…/x.js`): no compiler in their memory, so their RSS is the service's own.
 * @remarks Written under `node_modules/.cache/` so that packages resolve from the repository's
 * `node_modules`, in a folder of this process's own (parallel jest workers), removed when the process exits.
 * No type checking: `npm run lint` does that.
 */
export function transpileForChildren(): string {
  if (output) return output;
  const cache = path.join(ROOT, 'node_modules', '.cache', 'voordeur-transpiled');
  removeOrphans(cache);
  const out = path.join(cache, String(process.pid));
  rmSync(out, { recursive: true, force: true });
  for (const tree of TREES) transpileTree(path.join(ROOT, tree), out);
  process.once('exit', () => rmSync(out, { recursive: true, force: true }));
  output = out;
  return out;
}

/** Removes the copies of processes that ended without their exit hook (a killed jest worker). */
function removeOrphans(cache: string): void {
  if (!existsSync(cache)) return;
  for (const pid of readdirSync(cache)) {
    try {
      process.kill(Number(pid), 0);
    } catch {
      rmSync(path.join(cache, pid), { recursive: true, force: true });
    }
  }
}

function transpileTree(dir: string, out: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== path.join(ROOT, 'src', 'tab')) transpileTree(full, out);
      continue;
    }
    if (!entry.name.endsWith('.ts') || /\.(spec|test|d)\.ts$/.test(entry.name)) continue;
    const { outputText } = ts.transpileModule(readFileSync(full, 'utf8'), {
      fileName: full,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
    });
    const target = path.join(out, path.relative(ROOT, full)).replace(/\.ts$/, '.js');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
}
