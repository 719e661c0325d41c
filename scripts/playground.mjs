// `npm run playground`: the Microsoft 365 Agents Playground (a local stand-in for Teams) against the local bot.
// Run `npm start` in one terminal and `npm run playground` in another.
//
// - Bot endpoint: http://127.0.0.1:${PORT}/api/messages, where PORT comes from the environment, else from
//   env/.env.${ENV_NAME:-local}.user or env/.env.${ENV_NAME:-local} (as `npm start` reads them), else 3978.
//   The bot must be in local mode (BOT_ID empty): the Playground sends no Bot Framework token.
// - Browser: like the Playground on its own, this opens the Playground in your default browser, because that is
//   what a developer running it from a terminal wants. Set TEAMSAPPTESTER_BROWSER=none to stop that; it is
//   set for you when CI is set or (on Linux) when there is no display, where no browser could open. Then open
//   the URL printed below yourself.
// - Playground UI port: 56150 (the Playground's default; it picks a free one if 56150 is taken and prints
//   "Listening on <port>"). Choose another with TEAMSAPPTESTER_PORT or `npm run playground -- --port 5000`.
// - Extra arguments after `--` go to the Playground (`npm run playground -- --help`). `--app-endpoint`/`-e` and
//   `--channel-id`/`-c` given there replace the defaults.
// - The Playground writes its log to devTools/m365agentsplayground.log (git-ignored) and reads an optional
//   .m365agentsplayground.yml (user, tenant and team details) from the project root.
// - Ctrl+C or SIGTERM stops the Playground; this script exits with its exit code.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseEnv } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

/** PORT as `npm start` sees it: the real environment wins over the env files. */
function botPort() {
  if (process.env.PORT?.trim()) return process.env.PORT.trim();
  const name = process.env.ENV_NAME?.trim() || 'local';
  for (const file of [`env/.env.${name}.user`, `env/.env.${name}`]) {
    const full = path.join(root, file);
    if (!existsSync(full)) continue;
    const port = parseEnv(readFileSync(full, 'utf8')).PORT?.trim();
    if (port) return port;
  }
  return '3978';
}

/** True when the user already gave one of these options (`--name value`, `--name=value`, `-n value`). */
function hasOption(args, names) {
  return args.some((arg) => names.some((name) => arg === name || arg.startsWith(`${name}=`)));
}

// The package's bin file, run with this Node: no npx (which may prompt or look for a newer version online).
let cli;
try {
  cli = path.join(path.dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
} catch {
  console.error('The Agents Playground is not installed: run `npm ci` first (it is a dev dependency).');
  process.exit(1);
}

const userArgs = process.argv.slice(2);
const endpoint = `http://127.0.0.1:${botPort()}/api/messages`;
const args = [cli];
if (!hasOption(userArgs, ['--app-endpoint', '-e'])) args.push('--app-endpoint', endpoint);
if (!hasOption(userArgs, ['--channel-id', '-c'])) args.push('--channel-id', 'msteams');
if (!hasOption(userArgs, ['--disable-telemetry', '--dt'])) args.push('--disable-telemetry');
args.push(...userArgs);

const env = { ...process.env };
const noDisplay = process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY;
if (env.TEAMSAPPTESTER_BROWSER === undefined && (env.CI || noDisplay)) env.TEAMSAPPTESTER_BROWSER = 'none';

const askedForHelp = hasOption(userArgs, ['--help', '-h', '--version', '-v']);
if (!askedForHelp) {
  const shown = hasOption(userArgs, ['--app-endpoint', '-e']) ? 'the endpoint you gave' : endpoint;
  const uiPort = env.TEAMSAPPTESTER_PORT || '56150';
  console.log(`Agents Playground -> ${shown}`);
  console.log(
    env.TEAMSAPPTESTER_BROWSER === 'none'
      ? `Open http://localhost:${uiPort} in a browser (another port if the Playground says so below).`
      : `Opening http://localhost:${uiPort} in your browser (TEAMSAPPTESTER_BROWSER=none to stop that).`,
  );
  if (!hasOption(userArgs, ['--app-endpoint', '-e'])) {
    // A hint, not a gate: the bot may still be starting, and the Playground reconnects when the page reloads.
    try {
      await fetch(new URL('/healthz', endpoint), { signal: AbortSignal.timeout(1500) });
    } catch {
      console.warn(
        `Voordeur does not answer at ${new URL('/', endpoint).href}: run \`npm start\` in another terminal.`,
      );
    }
  }
}

// Same process group as this script, so Ctrl+C in the terminal reaches the Playground as well.
const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
const forward = (signal) => {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
child.on('error', (error) => {
  console.error(`Could not start the Agents Playground: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (signal) {
    // Die of the same signal, so a caller sees what happened (e.g. 130 after Ctrl+C in a shell).
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeListener(s, forward);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
