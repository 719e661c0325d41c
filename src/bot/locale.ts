import type { Activity } from 'botbuilder';
import { langFromLocale, type Lang } from '../guidance';
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
