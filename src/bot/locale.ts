import type { Activity } from 'botbuilder';

/** The languages Voordeur speaks: Dutch first, English second. */
export type Lang = 'nl' | 'en';

/**
 * The language to answer in, from the activity's locale (Teams sends the client's locale, such as `en-US`).
 * Dutch unless the locale is English.
 */
export function langOf(activity: Partial<Pick<Activity, 'locale' | 'entities'>>): Lang {
  const clientInfo = activity.entities?.find((e) => e.type === 'clientInfo') as
    { locale?: unknown } | undefined;
  const locale = activity.locale ?? (typeof clientInfo?.locale === 'string' ? clientInfo.locale : undefined);
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
