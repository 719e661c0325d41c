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
 * @remarks Tabster's focus sentinels (`<i data-tabster-dummy aria-hidden tabindex=0>`, which Fluent UI puts around a
 * TabList once focus has been in it) are left out: they pass focus on at once and are never read, yet axe reports
 * them as `aria-hidden-focus`.
 */
export async function axeViolations(
  frame: Frame,
): Promise<{ id: string; impact?: string; nodes: string[] }[]> {
  await frame.evaluate(axe.source);
  const result = await frame.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(
      { include: [document], exclude: [['[data-tabster-dummy]']] } as unknown as axe.ElementContext,
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    ),
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? undefined,
    nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }));
}
