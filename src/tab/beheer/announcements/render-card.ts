// Loaded on demand (import()): the Adaptive Cards renderer is too large for the tab's first load.
import { AdaptiveCard, HostConfig } from 'adaptivecards';
import { teamsMarkdown } from './teams-markdown';

/** Fluent UI's colour tokens as CSS variables: the card follows the tab's light, dark or contrast theme. */
const color = (name: string) => `var(--${name})`;
const foreground = {
  default: { default: color('colorNeutralForeground1'), subtle: color('colorNeutralForeground3') },
  accent: { default: color('colorBrandForeground1'), subtle: color('colorBrandForeground2') },
  good: { default: color('colorPaletteGreenForeground1'), subtle: color('colorPaletteGreenForeground2') },
  warning: {
    default: color('colorPaletteDarkOrangeForeground1'),
    subtle: color('colorPaletteDarkOrangeForeground2'),
  },
  attention: { default: color('colorPaletteRedForeground1'), subtle: color('colorPaletteRedForeground2') },
  dark: { default: color('colorNeutralForeground1'), subtle: color('colorNeutralForeground3') },
  light: { default: color('colorNeutralForeground1'), subtle: color('colorNeutralForeground3') },
};

function hostConfig(narrow: boolean): HostConfig {
  return new HostConfig({
    fontFamily: '"Segoe UI", system-ui, -apple-system, sans-serif',
    supportsInteractivity: true,
    // The card sits under the tab's own h2 "Voorbeeld".
    textBlock: { headingLevel: 3 },
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    containerStyles: {
      default: { backgroundColor: color('colorNeutralBackground1'), foregroundColors: foreground },
      emphasis: { backgroundColor: color('colorNeutralBackground3'), foregroundColors: foreground },
      good: { backgroundColor: color('colorPaletteGreenBackground1'), foregroundColors: foreground },
      attention: { backgroundColor: color('colorPaletteRedBackground1'), foregroundColors: foreground },
      warning: { backgroundColor: color('colorPaletteYellowBackground1'), foregroundColors: foreground },
      accent: { backgroundColor: color('colorBrandBackground2'), foregroundColors: foreground },
    },
    // Teams stacks the buttons on a phone, side by side on a wider screen.
    actions: {
      maxActions: 6,
      buttonSpacing: 8,
      spacing: 'default',
      actionsOrientation: narrow ? 'vertical' : 'horizontal',
      actionAlignment: narrow ? 'stretch' : 'left',
    },
  });
}

AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = teamsMarkdown(text);
  result.didProcess = true;
};

/**
 * Renders Adaptive Card JSON into `host`, replacing what was there. The buttons do nothing here: this is a preview.
 * @returns false when the renderer could not make anything of the JSON
 */
export function renderCard(json: Record<string, unknown>, host: HTMLElement): boolean {
  const card = new AdaptiveCard();
  card.hostConfig = hostConfig(host.clientWidth < 480);
  card.onExecuteAction = () => undefined;
  card.parse(json);
  const element = card.render();
  if (!element) return false;
  host.replaceChildren(element);
  return true;
}
