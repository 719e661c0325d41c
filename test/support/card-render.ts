import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';

/** A phone in portrait: the width Teams mobile gives a card in a chat, in CSS pixels. */
export const PHONE_WIDTH = 360;

const FONT_FAMILY =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', Arial, sans-serif";

const FOREGROUND_COLORS = {
  default: { default: '#242424', subtle: '#616161' },
  dark: { default: '#242424', subtle: '#616161' },
  light: { default: '#FFFFFF', subtle: '#F0F0F0' },
  accent: { default: '#5B5FC7', subtle: '#4F52B2' },
  good: { default: '#0E700E', subtle: '#107C10' },
  warning: { default: '#835B00', subtle: '#8A5D00' },
  attention: { default: '#C4314B', subtle: '#A52D41' },
};

/**
 * A host config that looks like Teams (light theme) on a phone: Segoe UI where it exists, Teams' type ramp and
 * colours, buttons stacked one under the other.
 * @remarks Written for these tests, not copied from Teams. Segoe UI is not on Linux: the font falls back to
 * Liberation Sans (metric-compatible with Arial), so line breaks are close to, not equal to, a real client.
 */
export const TEAMS_LIGHT_HOST_CONFIG = {
  supportsInteractivity: true,
  fontFamily: FONT_FAMILY,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  lineHeights: { small: 16, default: 20, medium: 22, large: 24, extraLarge: 32 },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: FOREGROUND_COLORS },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: FOREGROUND_COLORS },
    accent: { backgroundColor: '#EBEBF8', foregroundColors: FOREGROUND_COLORS },
    good: { backgroundColor: '#F1FAF1', foregroundColors: FOREGROUND_COLORS },
    warning: { backgroundColor: '#FFF9F5', foregroundColors: FOREGROUND_COLORS },
    attention: { backgroundColor: '#FDF3F4', foregroundColors: FOREGROUND_COLORS },
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 16 },
    actionsOrientation: 'vertical',
    actionAlignment: 'stretch',
  },
  adaptiveCard: { allowCustomStyle: true },
  textBlock: { headingLevel: 2 },
  textStyles: {
    heading: { size: 'large', weight: 'bolder', color: 'default', isSubtle: false, fontType: 'default' },
  },
  factSet: {
    title: { weight: 'bolder', wrap: true, maxWidth: 120 },
    value: { wrap: true },
    spacing: 12,
  },
};

/** Teams draws its own buttons; these rules give the renderer's plain buttons the same look. */
const PAGE_CSS = `
  body { margin: 0; padding: 8px; background: #F5F5F5; }
  #frame { background: #FFFFFF; border: 1px solid #E0E0E0; border-radius: 6px; overflow: hidden; }
  .ac-pushButton {
    font-family: ${FONT_FAMILY}; font-size: 14px; font-weight: 600; color: #242424; background: #FFFFFF;
    border: 1px solid #D1D1D1; border-radius: 4px; min-height: 32px; padding: 5px 12px;
  }
  .ac-pushButton.style-positive { color: #FFFFFF; background: #5B5FC7; border-color: #5B5FC7; }
  .ac-pushButton.style-destructive { color: #C4314B; background: #FFFFFF; border-color: #C4314B; }
`;

/**
 * Runs in the page: parses, validates and renders one card, then reports what the renderer said.
 * Plain JavaScript, because it is evaluated in Chromium, not compiled.
 */
const PAGE_SCRIPT = `
window.voordeurRenderCard = function (cardJson, hostConfigJson) {
  var AC = window.AdaptiveCards;
  var problems = [];
  var describe = function (e) {
    return AC.ValidationPhase[e.phase] + ' ' + AC.ValidationEvent[e.event] + ': ' + e.message;
  };
  // adaptivecards 3.0.4 checks \`lang\` with a shared /g regular expression whose lastIndex survives between
  // cards, so every other card in one page is refused (microsoft/AdaptiveCards#9145). Start each card afresh.
  var langPattern = AC.CardElement.langProperty.regEx;
  if (langPattern) langPattern.lastIndex = 0;
  var card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(hostConfigJson);
  // What Teams renders: Adaptive Cards 1.5, so that nothing newer is drawn here and missing there.
  card.maxVersion = AC.Versions.v1_5;
  var context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(cardJson, context);
  for (var i = 0; i < context.eventCount; i++) problems.push(describe(context.getEventAt(i)));
  card.validateProperties().validationEvents.forEach(function (e) { problems.push(describe(e)); });
  var frame = document.getElementById('frame');
  frame.replaceChildren();
  var element = card.render();
  if (!element) return { problems: problems.concat('render() returned nothing'), text: '', headings: [], buttons: [], clippedButtons: [], height: 0 };
  frame.appendChild(element);
  var texts = function (selector) {
    return Array.prototype.map.call(element.querySelectorAll(selector), function (n) { return n.innerText.trim(); });
  };
  // A button's title sits in a box that cuts it with an ellipsis: cut when its text is wider than the box.
  var clipped = Array.prototype.filter.call(element.querySelectorAll('button'), function (b) {
    var title = b.firstElementChild || b;
    return title.scrollWidth > title.clientWidth || b.scrollWidth > b.clientWidth;
  }).map(function (b) { return b.innerText.trim(); });
  return {
    problems: problems,
    text: element.innerText.trim(),
    headings: texts('[role="heading"]'),
    buttons: texts('button'),
    clippedButtons: clipped,
    height: element.getBoundingClientRect().height,
  };
};
`;

/** Resolves once fonts and images have loaded or failed, so their errors belong to the card that caused them. */
const SETTLE_SCRIPT = `Promise.all([
  document.fonts.ready,
  ...Array.from(document.images, (img) =>
    img.complete ? null : new Promise((done) => { img.addEventListener('load', done); img.addEventListener('error', done); }),
  ),
]).then(() => true)`;

/** What the renderer made of one card. */
export interface CardRender {
  /** Parse and validation events of the renderer, page errors, console errors and blocked requests. */
  problems: string[];
  /** The card's visible text, as a reader would get it. */
  text: string;
  /** Texts of the elements exposed to assistive technology as headings. */
  headings: string[];
  /** Titles of the card's buttons, in order. */
  buttons: string[];
  /** Titles of the buttons whose text does not fit: the renderer cuts them off with an ellipsis. */
  clippedButtons: string[];
  /** Height of the rendered card in CSS pixels. */
  height: number;
}

export interface CardRenderer {
  /** Renders one card; with `pngPath`, also writes a screenshot of it there. */
  render(card: object, pngPath?: string): Promise<CardRender>;
  close(): Promise<void>;
}

export interface CardRendererOptions {
  /** Card width in CSS pixels; {@link PHONE_WIDTH} by default. */
  width?: number;
  hostConfig?: object;
}

const RENDERER_DIR = path.dirname(require.resolve('adaptivecards/package.json'));

/**
 * Opens one page with the `adaptivecards` browser bundle and a Teams-like host; each `render` reuses it.
 * @remarks The page may load nothing from the network: every request is refused and reported as a problem, so a
 * card that depends on a remote image or font shows up here rather than as a blank space in Teams.
 */
export async function openCardRenderer(
  browser: Browser,
  options: CardRendererOptions = {},
): Promise<CardRenderer> {
  const width = options.width ?? PHONE_WIDTH;
  const hostConfig = options.hostConfig ?? TEAMS_LIGHT_HOST_CONFIG;
  const context = await browser.newContext({
    viewport: { width: width + 16, height: 900 },
    deviceScaleFactor: 2,
  });
  const page = await context.newPage();
  let pending: string[] = [];
  page.on('pageerror', (error) => pending.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pending.push(`console error: ${message.text()}`);
  });
  await page.route('**/*', async (route) => {
    pending.push(`blocked request: ${route.request().url()}`);
    await route.abort();
  });
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"></head><body><div id="frame"></div></body></html>`,
  );
  await page.addStyleTag({ path: path.join(RENDERER_DIR, 'dist/adaptivecards.css') });
  await page.addStyleTag({ content: `${PAGE_CSS} #frame { width: ${width}px; }` });
  await page.addScriptTag({ path: path.join(RENDERER_DIR, 'dist/adaptivecards.min.js') });
  await page.addScriptTag({ content: PAGE_SCRIPT });
  const loadProblems = drain();

  function drain(): string[] {
    const problems = pending;
    pending = [];
    return problems;
  }

  return {
    async render(card, pngPath) {
      const result = await page.evaluate(
        ([c, h]) => (globalThis as unknown as RenderGlobal).voordeurRenderCard(c, h),
        [card, hostConfig] as const,
      );
      await page.evaluate(SETTLE_SCRIPT);
      if (pngPath) {
        mkdirSync(path.dirname(pngPath), { recursive: true });
        await page.locator('#frame').screenshot({ path: pngPath, animations: 'disabled' });
      }
      return { ...result, problems: [...loadProblems, ...result.problems, ...drain()] };
    },
    async close() {
      await context.close();
    },
  };
}

interface RenderGlobal {
  voordeurRenderCard(card: object, hostConfig: object): CardRender;
}
