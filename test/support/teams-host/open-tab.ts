import { randomUUID } from 'node:crypto';
import axe from 'axe-core';
import type { Browser, Frame, Page } from 'playwright-core';
import { hostPageHtml, type HostOptions } from './host-page';

export interface OpenTab {
  page: Page;
  /** The tab's own frame, inside the simulated Teams host. */
  frame: Frame;
  /** Date.now() just before the host page was requested: "navigation" for the bench. */
  navigationStartedAt: number;
  close(): Promise<void>;
}

/**
 * Opens the tab inside the simulated Teams host, served from the service's own origin.
 * @param baseUrl the service URL; the host page is answered by Playwright at a path the service never sees
 * @param prepare runs on the page before anything loads, such as to intercept an API route
 */
export async function openTab(
  browser: Browser,
  baseUrl: string,
  options: HostOptions,
  viewport = { width: 1100, height: 900 },
  prepare?: (page: Page) => Promise<unknown>,
): Promise<OpenTab> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await prepare?.(page);
  const hostUrl = `${baseUrl}/__teams-host__/${randomUUID()}`;
  await page.route(hostUrl, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: hostPageHtml(options) }),
  );
  const navigationStartedAt = Date.now();
  await page.goto(hostUrl);
  const handle = await page.waitForSelector('#tab');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the tab frame did not load');
  return { page, frame, navigationStartedAt, close: () => context.close() };
}

/**
 * Runs axe-core (WCAG 2.1 A and AA) in a frame and returns the violations, summarised.
 * @remarks Fluent UI's focus manager (tabster) puts empty `<i data-tabster-dummy tabindex="0" aria-hidden>`
 * sentinels around focus groups such as a TabList; they pass focus on at once and are hidden from screen readers
 * on purpose. axe reports them as aria-hidden-focus, a false positive its maintainers and Accessibility Insights
 * name (microsoft/tabster#288, microsoft/accessibility-insights-web#7605), so they are left out of the run.
 */
export async function axeViolations(
  frame: Frame,
): Promise<{ id: string; impact?: string; nodes: string[] }[]> {
  await frame.evaluate(axe.source);
  const result = await frame.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      },
    ),
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? undefined,
    nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }));
}
