import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, isKnownName, read } from './deployment-contract';
import { exists } from './toolkit-actions';

const GUIDES = readdirSync(path.join(ROOT, 'docs/guides')).filter((f) => f.endsWith('.md'));
const TOP_LEVEL = [
  'src',
  'test',
  'bench',
  'infra',
  'env',
  'public',
  'knowledge',
  'cards',
  'appPackage',
  'scripts',
];
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };

/** Everything a guide writes between backticks. */
const quoted = (text: string): string[] => [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);

// The guides name files, settings and commands; when one of those is renamed, the guide must follow.
describe.each(GUIDES)('docs/guides/%s', (guide) => {
  const text = read(`docs/guides/${guide}`);

  it('names only files and folders that exist', () => {
    const paths = quoted(text).filter(
      (q) =>
        /^[\w.-]+\/[\w./-]*$/.test(q) &&
        TOP_LEVEL.includes(q.split('/')[0]) &&
        // Made by a provision or a build, or kept out of git.
        !q.endsWith('.user') &&
        !q.includes('/build/'),
    );
    expect(paths.filter((p) => !exists(p))).toEqual([]);
  });

  it('names only settings the service, the packager or the toolkit knows', () => {
    const names = quoted(text)
      .map((q) => q.split('=')[0])
      .filter((q) => /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(q));
    expect(names.filter((name) => !isKnownName(name))).toEqual([]);
  });

  it('names only npm scripts that exist', () => {
    const scripts = [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    expect(scripts.filter((s) => !(s in pkg.scripts))).toEqual([]);
  });
});
