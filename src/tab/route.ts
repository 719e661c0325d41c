import { PROFILES, type Profile } from '../checklists/types';

export type View = 'personal' | 'team' | 'config' | 'print' | 'beheer';

export const asProfile = (value: string | null | undefined, fallback: Profile = 'gemengd'): Profile =>
  (PROFILES as readonly string[]).includes(value ?? '') ? (value as Profile) : fallback;

/** Which view the tab shows, from its URL (/tab/personal, /tab/team, /tab/config, /tab/print, /tab/beheer). */
export function currentRoute(location: Location = window.location): {
  view: View;
  profile?: Profile;
  size: 'a4' | 'a6';
} {
  const segment = location.pathname.replace(/^\/tab\/?/, '').split('/')[0];
  const query = new URLSearchParams(location.search);
  const view: View =
    (['team', 'config', 'print', 'beheer'] as const).find((v) => v === segment) ?? 'personal';
  const raw = query.get('profile');
  return { view, profile: raw ? asProfile(raw) : undefined, size: query.get('size') === 'a6' ? 'a6' : 'a4' };
}
