import path from 'node:path';
import { parse } from 'yaml';
import { SETTING_NAMES, parseConfig } from '../../src/config';
import { CARDS_DIR } from '../../src/bot/cards/expand-card';
import { KNOWLEDGE_DIR } from '../../src/guidance';
import { TAB_DIR } from '../../src/server/tab-files';
import { ROOT, envFile, read, writtenSample } from './deployment-contract';
import { bicepParams } from './bicep-text';

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions per stage, continuation lines joined; there is no Docker daemon here. */
function dockerStages(text: string): { name: string; from: string; steps: Instruction[] }[] {
  const joined = text.replace(/\\\n/g, ' ');
  const stages: { name: string; from: string; steps: Instruction[] }[] = [];
  for (const line of joined.split('\n').map((l) => l.trim())) {
    if (!line || line.startsWith('#')) continue;
    const [, keyword, args] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
    if (keyword === 'FROM') {
      const [, from, name] = /^(\S+)\s+AS\s+(\S+)$/i.exec(args) ?? [];
      stages.push({ name, from, steps: [] });
    } else if (keyword && stages.length > 0) stages[stages.length - 1].steps.push({ keyword, args });
  }
  return stages;
}

const dockerfile = read('Dockerfile');
const stages = dockerStages(dockerfile);
const stage = (name: string) => stages.find((s) => s.name === name)!;
const runs = (name: string) =>
  stage(name)
    .steps.filter((s) => s.keyword === 'RUN')
    .map((s) => s.args);
const pkg = JSON.parse(read('package.json')) as { main: string; scripts: Record<string, string> };
const fromRoot = (dir: string) => path.relative(ROOT, dir);
const ignored = (file: string) =>
  read(file)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

describe('Dockerfile', () => {
  it('builds in one stage with every dependency and runs in a last one with production dependencies only', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'run']);
    expect(runs('build')).toEqual(['npm ci --no-audit --no-fund', 'NODE_ENV=production npm run build']);
    expect(runs('run')).toContainEqual(expect.stringMatching(/^npm ci --omit=dev\b/));
    for (const { from } of stages) expect(from).toBe('node:${NODE_VERSION}-bookworm-slim');
  });

  it('uses the Node version App Service runs by default (infra/azure.bicep)', () => {
    const nodeVersion = /^ARG NODE_VERSION=(\d+)$/m.exec(dockerfile)?.[1];
    const appService = bicepParams(read('infra/azure.bicep')).get('nodeVersion')?.default;
    expect(`'${nodeVersion}-lts'`).toBe(appService);
  });

  it('copies the compiled service and every folder the service reads at run time', () => {
    const copies = stage('run')
      .steps.filter((s) => s.keyword === 'COPY')
      .map((s) => s.args);
    expect(copies).toContainEqual('--from=build /app/dist ./dist');
    // The tab is built into dist/; the rest is read from beside dist/ (src/server/static-pages.ts: public/).
    expect(fromRoot(TAB_DIR)).toBe(path.join('dist', 'tab'));
    for (const dir of [fromRoot(KNOWLEDGE_DIR), fromRoot(CARDS_DIR), 'public']) {
      expect(copies).toContainEqual(`${dir} ./${dir}`);
    }
    expect(read('src/server/static-pages.ts')).toContain("path.resolve(__dirname, '../../public')");
  });

  it('runs as an unprivileged user, checks /readyz on the service port, and starts what `npm start` starts', () => {
    const steps = stage('run').steps;
    const user = steps.findIndex((s) => s.keyword === 'USER');
    expect(steps[user].args).not.toMatch(/^(root|0)(:|$)/);
    expect(user).toBeLessThan(steps.findIndex((s) => s.keyword === 'CMD'));
    const health = steps.find((s) => s.keyword === 'HEALTHCHECK')!.args;
    expect(health).toMatch(/CMD \[.*'\/readyz'/);
    expect(health).toContain('process.env.PORT');
    // `npm start` is scripts/start.mjs, which builds dist/ when stale and then runs build-if-stale's entry.
    expect(pkg.scripts.start).toBe('node scripts/start.mjs');
    expect(read('scripts/start.mjs')).toMatch(/spawn\(process\.execPath, \[entry\]/);
    expect(read('scripts/build-if-stale.mjs')).toContain(
      "const entry = path.join(root, 'dist', 'index.js');",
    );
    expect(pkg.main).toBe('dist/index.js');
    const cmd = JSON.parse(steps.find((s) => s.keyword === 'CMD')!.args) as string[];
    expect(cmd).toEqual(['node', pkg.main]);
  });

  it('sends no secrets, local data or build output into the build', () => {
    const lines = ignored('.dockerignore');
    expect(lines).toEqual(expect.arrayContaining(['env', 'node_modules', '.data', 'dist', '.git']));
    const needed = [
      'src',
      'knowledge',
      'cards',
      'public',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
    ];
    expect(lines.filter((l) => needed.includes(l))).toEqual([]);
  });
});

describe('.webappignore (atk deploy)', () => {
  it('leaves out secrets and what App Service builds itself, and keeps what the build needs', () => {
    const lines = ignored('.webappignore');
    expect(lines).toEqual(expect.arrayContaining(['env', 'node_modules', 'dist', '.data']));
    const needed = [
      'src',
      'knowledge',
      'cards',
      'public',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
    ];
    expect(lines.filter((l) => needed.includes(l) || l === 'tsconfig.build.json')).toEqual([]);
  });
});

describe('compose.yaml', () => {
  /** Compose's `${NAME:-default}` with nothing set in the shell: the default. */
  const interpolate = (text: string) =>
    text.replace(/\$\{\w+(?::-([^}]*))?\}/g, (_, fallback = '') => fallback);
  const compose = parse(interpolate(read('compose.yaml'))) as {
    services: Record<string, Record<string, unknown>>;
  };
  const service = compose.services.voordeur as {
    build: string;
    environment: Record<string, string>;
    env_file: { path: string; required: boolean }[];
    ports: string[];
    depends_on: Record<string, { condition: string }>;
  };
  const postgres = compose.services.postgres as { environment: Record<string, string>; healthcheck: unknown };

  it('builds this Dockerfile and sets only settings the service knows', () => {
    expect(service.build).toBe('.');
    expect(Object.keys(service.environment).filter((name) => !SETTING_NAMES.includes(name))).toEqual([]);
    expect(service.env_file).toEqual([
      { path: 'env/.env.dev', required: true },
      { path: 'env/.env.dev.user', required: false },
    ]);
  });

  it('points the service at its PostgreSQL, started and healthy first, and publishes the port on loopback', () => {
    const url = new URL(service.environment.DATABASE_URL);
    expect(url.hostname).toBe('postgres');
    expect(decodeURIComponent(url.username)).toBe(postgres.environment.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(postgres.environment.POSTGRES_PASSWORD);
    expect(url.pathname).toBe(`/${postgres.environment.POSTGRES_DB}`);
    expect(postgres.healthcheck).toBeDefined();
    expect(service.depends_on.postgres.condition).toBe('service_healthy');
    expect(service.ports).toEqual([`127.0.0.1:3978:${service.environment.PORT}`]);
  });

  it('gives a configuration the service accepts once the dev profile is provisioned', () => {
    const provisioned = Object.fromEntries(
      ['BOT_ID', 'BOT_TENANT_ID', 'SECRET_BOT_PASSWORD', 'AAD_APP_CLIENT_ID', 'AAD_APP_TENANT_ID'].map(
        (n) => [n, writtenSample(n)],
      ),
    );
    const result = parseConfig({ ...envFile('dev'), ...provisioned, ...service.environment });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.config).toMatchObject({ localMode: false, host: '0.0.0.0', dataDir: '/data', port: 3978 });
    expect(result.config.databaseUrl).toMatch(/^postgres:\/\/voordeur:.+@postgres:5432\/voordeur$/);
  });
});
