import type { Activity } from 'botbuilder';
import { detectLanguage, langFromLocale, type Lang } from '../guidance';
export type { Lang };

/** The client's locale: the activity's own, or the one in its clientInfo entity (such as `en-US`). */
export function localeOf(activity: Partial<Pick<Activity, 'locale' | 'entities'>>): string | undefined {
  const clientInfo = activity.entities?.find((e) => e.type === 'clientInfo') as
    { locale?: unknown } | undefined;
  return activity.locale ?? (typeof clientInfo?.locale === 'string' ? clientInfo.locale : undefined);
}

/** The language to answer in, from the client's locale: Dutch unless the locale is English. */
export function langOf(activity: Partial<Pick<Activity, 'locale' | 'entities'>>): Lang {
  return langFromLocale(localeOf(activity));
}

/**
 * Dutch command words: whoever types them reads Dutch, whatever the client's locale. The English ones are no such
 * sign: Dutch staff type "help" and "danger" too, so those follow the locale.
 */
const COMMAND_LANG: Record<string, Lang> = {
  hulp: 'nl',
  gevaar: 'nl',
  stappen: 'nl',
  'ik zie iets': 'nl',
  'mijn training': 'nl',
  'mijn trainingen': 'nl',
  trainingsstatus: 'nl',
};

/**
 * The language to answer a typed message in: the language of its words when they say (Dutch typed in a Teams set
 * to English gets Dutch, "hulp" too), otherwise the client's locale.
 */
export function langOfMessage(activity: Partial<Pick<Activity, 'locale' | 'entities' | 'text'>>): Lang {
  const text = activity.text ?? '';
  const command = text
    .toLowerCase()
    .replace(/[.!?]+\s*$/, '')
    .trim();
  return COMMAND_LANG[command] ?? detectLanguage(text) ?? langOf(activity);
}
