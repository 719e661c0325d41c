// The tab's budget: initial JavaScript <= 250 KB gzip; the checklist rendered <= 1 s after navigation on
// loopback. Prints a table, then (last line) one JSON object with the figures.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../test/support/chromium';
import { startTestService } from '../../test/support/service';
import { EntraStandIn, TENANT_ID, USERS } from '../../test/support/teams-host/entra-stand-in';
import { openTab } from '../../test/support/teams-host/open-tab';
import { addToRoster } from '../../test/tab/roster-fixture';

const BUDGET_JS_GZIP_KB = 250;
const BUDGET_CHECKLIST_MS = 1000;
const BUDGET_OUTSIDE_TEAMS_MS = 3000;
const TAB_DIR = path.resolve('dist/tab');

/** The JavaScript and CSS the tab's index.html loads before anything renders. */
function initialAssets(): { file: string; bytes: number; gzip: number }[] {
  const html = readFileSync(path.join(TAB_DIR, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/tab\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return refs.map((file) => {
    const body = readFileSync(path.join(TAB_DIR, file));
    return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}

/** Milliseconds from the tab frame's navigation start to each step (runs in the browser). */
function phaseMarks(): Record<string, number> {
  // Runs in the browser: resource and navigation entries carry responseEnd there.
  type Timed = PerformanceEntry & { responseEnd: number };
  const nav = performance.getEntriesByType('navigation')[0] as Timed;
  const script = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.js')) as
    Timed | undefined;
  const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  return {
    htmlLoaded: nav.responseEnd,
    scriptLoaded: script ? script.responseEnd : NaN,
    appStart: mark('voordeur:app-start'),
    teamsReady: mark('voordeur:teams-ready'),
    checklistData: mark('voordeur:checklist-data'),
    checklistRendered: mark('voordeur:checklist-rendered'),
  };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
  const runs = Number(values.runs);
  console.log(
    `tab bench: ${runs} runs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const assets = initialAssets();
  const jsGzipKb = assets.filter((a) => a.file.endsWith('.js')).reduce((n, a) => n + a.gzip, 0) / 1024;
  const cssGzipKb = assets.filter((a) => a.file.endsWith('.css')).reduce((n, a) => n + a.gzip, 0) / 1024;

  const entra = await new EntraStandIn().start();
  const service = await startTestService({ ...entra.serviceEnv(), LOG_LEVEL: 'warn' });
  const browser = await launchChromium();
  const team = '19:bench@thread.tacv2';
  // A team's checklist is for its members: the employee is in the roster, as the bot would have read it.
  await addToRoster(service.dataDir, team, [USERS.employee.oid]);
  const options = (mode: 'answer' | 'silent' = 'answer') => ({
    tabPath: '/tab/team?profile=gemengd',
    token: entra.token(USERS.employee),
    frameContext: 'content' as const,
    user: { oid: USERS.employee.oid, upn: USERS.employee.upn, name: USERS.employee.name },
    tenantId: TENANT_ID,
    teamId: team,
    mode,
  });
  const checklistMs: number[] = [];
  const phases: Record<string, number>[] = [];
  let outsideTeamsMs: number;
  try {
    // One unmeasured load warms the service (first database read, file cache).
    for (let i = 0; i <= runs; i++) {
      const tab = await openTab(browser, service.url, options());
      await tab.frame.waitForSelector('[data-testid=checklist] li[data-signal]');
      if (i > 0) {
        checklistMs.push(Date.now() - tab.navigationStartedAt);
        phases.push(await tab.frame.evaluate(phaseMarks));
      }
      await tab.close();
    }
    const silent = await openTab(browser, service.url, options('silent'));
    await silent.frame.waitForSelector('[role=alert]', { timeout: 10_000 });
    outsideTeamsMs = Date.now() - silent.navigationStartedAt;
    await silent.close();
  } finally {
    await browser.close();
    await service.stop();
    await entra.stop();
  }

  const medians = Object.fromEntries(
    Object.keys(phases[0] ?? {}).map((k) => [
      k,
      Math.round(
        quantile(
          phases.map((p) => p[k]),
          0.5,
        ),
      ),
    ]),
  );
  const figures = {
    initialJsGzipKb: Math.round(jsGzipKb * 10) / 10,
    initialCssGzipKb: Math.round(cssGzipKb * 10) / 10,
    checklistMsMedian: quantile(checklistMs, 0.5),
    checklistMsP95: quantile(checklistMs, 0.95),
    checklistMsMax: Math.max(...checklistMs),
    frameChecklistMsMedian: Math.round(
      quantile(
        phases.map((p) => p.checklistRendered),
        0.5,
      ),
    ),
    frameChecklistMsP95: Math.round(
      quantile(
        phases.map((p) => p.checklistRendered),
        0.95,
      ),
    ),
    outsideTeamsMessageMs: outsideTeamsMs,
    runs,
    frameMedians: medians,
  };
  const row = (name: string, value: number, budget: number, unit: string) =>
    console.log(
      `${name.padEnd(38)} ${`${value} ${unit}`.padStart(12)}   budget ${budget} ${unit}   ${value <= budget ? 'ok' : 'OVER'}`,
    );
  console.log(`tab frame, median ms from its navigation: ${JSON.stringify(medians)}`);
  for (const a of assets)
    console.log(`  ${a.file}: ${(a.bytes / 1024).toFixed(1)} KB, ${(a.gzip / 1024).toFixed(1)} KB gzip`);
  row('initial JavaScript (gzip)', figures.initialJsGzipKb, BUDGET_JS_GZIP_KB, 'KB');
  // Host page request -> checklist visible: includes the simulated Teams page and creating its iframe.
  row(`host nav -> checklist, median of ${runs}`, figures.checklistMsMedian, BUDGET_CHECKLIST_MS, 'ms');
  row('host nav -> checklist, p95', figures.checklistMsP95, BUDGET_CHECKLIST_MS, 'ms');
  row('host nav -> checklist, max', figures.checklistMsMax, BUDGET_CHECKLIST_MS, 'ms');
  // The tab frame's own navigation -> checklist committed to the DOM (performance marks in the tab).
  row('tab nav -> checklist, median', figures.frameChecklistMsMedian, BUDGET_CHECKLIST_MS, 'ms');
  row('tab nav -> checklist, p95', figures.frameChecklistMsP95, BUDGET_CHECKLIST_MS, 'ms');
  row('"open in Teams" in a silent frame', figures.outsideTeamsMessageMs, BUDGET_OUTSIDE_TEAMS_MS, 'ms');
  console.log(JSON.stringify(figures));
  const over =
    figures.initialJsGzipKb > BUDGET_JS_GZIP_KB ||
    figures.checklistMsP95 > BUDGET_CHECKLIST_MS ||
    figures.outsideTeamsMessageMs > BUDGET_OUTSIDE_TEAMS_MS;
  process.exitCode = over ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
