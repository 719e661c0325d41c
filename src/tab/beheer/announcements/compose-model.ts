import type { Profile } from '../../../checklists/types';
import type {
  AnnouncementDetail,
  AnnouncementDraftBody,
  AnnouncementEditBody,
  AudienceCountBody,
  CardPreviewBody,
} from '../../../contracts';

export type AudienceKind = 'all' | 'teams' | 'users' | 'profiles' | 'csv';

/** What the compose form holds: as typed, so a refused save loses nothing. */
export interface ComposeState {
  title: string;
  body: string;
  imageUrl: string;
  buttons: { title: string; url: string }[];
  acknowledge: boolean;
  reminderAfterDays: number | null;
  audienceKind: AudienceKind;
  teamIds: string;
  teamMode: 'channel' | 'members';
  userIds: string;
  profiles: Profile[];
  csv: string;
}

export const EMPTY_COMPOSE: ComposeState = {
  title: '',
  body: '',
  imageUrl: '',
  buttons: [],
  acknowledge: false,
  reminderAfterDays: null,
  audienceKind: 'all',
  teamIds: '',
  teamMode: 'channel',
  userIds: '',
  profiles: [],
  csv: '',
};

/** The ids in a typed list (one a line, or separated by `,` or `;`), as the form keeps team and person ids. */
export const idsIn = (text: string): string[] =>
  text
    .split(/[\r\n,;]+/)
    .map((line) => line.trim())
    .filter(Boolean);

/** A list of ids as the form keeps it, with `id` added (at the end) or taken out. */
export const withId = (text: string, id: string, on: boolean): string => {
  const ids = idsIn(text).filter((x) => x !== id);
  return (on ? [...ids, id] : ids).join('\n');
};

/** The form of a stored announcement, for editing it. */
export function composeOf(a: AnnouncementDetail): ComposeState {
  const au = a.audience;
  return {
    ...EMPTY_COMPOSE,
    title: a.title,
    body: a.body,
    imageUrl: a.imageUrl ?? '',
    buttons: a.buttons.map((b) => ({ ...b })),
    acknowledge: a.acknowledge,
    reminderAfterDays: a.reminderAfterDays ?? null,
    audienceKind: au.kind,
    teamIds: au.kind === 'teams' ? au.teamIds.join('\n') : '',
    teamMode: au.kind === 'teams' ? au.mode : 'channel',
    userIds: au.kind === 'users' ? au.userIds.join('\n') : '',
    profiles: au.kind === 'profiles' ? [...au.profiles] : [],
    csv: au.kind === 'csv' ? au.csv : '',
  };
}

/** The audience as the API takes it. Empty lists are sent as they are: the API says what is missing. */
export function audienceOf(f: ComposeState): AudienceCountBody['audience'] {
  switch (f.audienceKind) {
    case 'all':
      return { kind: 'all' };
    case 'teams':
      return { kind: 'teams', teamIds: idsIn(f.teamIds), mode: f.teamMode };
    case 'users':
      return { kind: 'users', userIds: idsIn(f.userIds) };
    case 'profiles':
      return { kind: 'profiles', profiles: f.profiles };
    case 'csv':
      return { kind: 'csv', csv: f.csv };
  }
}

/** What recipients read: also what the live preview shows. */
export function contentOf(
  f: ComposeState,
): Required<Pick<CardPreviewBody, 'title' | 'body' | 'imageUrl' | 'buttons'>> {
  return {
    title: f.title,
    body: f.body,
    imageUrl: f.imageUrl.trim() || null,
    buttons: f.buttons,
  };
}

export function draftOf(f: ComposeState): AnnouncementDraftBody {
  return {
    ...contentOf(f),
    audience: audienceOf(f),
    acknowledge: f.acknowledge,
    reminderAfterDays: f.acknowledge ? f.reminderAfterDays : null,
  };
}

/**
 * The edit of a stored announcement. Once sent, only the content may change, so only the content is sent (the API
 * refuses a change to the rest, and an unchanged copy of it would be checked for nothing).
 */
export function editOf(f: ComposeState, current: AnnouncementDetail): AnnouncementEditBody {
  const beforeSending = current.status === 'draft' || current.status === 'scheduled';
  return {
    ...(beforeSending ? draftOf(f) : contentOf(f)),
    expectedRevision: current.revision,
  };
}

/**
 * The form's fields in the order they are shown (each wrapped in `data-field={key}`): where a problem of the API
 * (`buttons.1.url`, `audience.teamIds.3`) is shown, and which gets focus first.
 */
export function fieldOrder(f: ComposeState): string[] {
  const keys = ['title', 'body', 'imageUrl'];
  f.buttons.forEach((_b, i) => keys.push(`buttons.${i}.title`, `buttons.${i}.url`));
  keys.push('buttons', 'acknowledge', 'reminderAfterDays', 'audience');
  if (f.audienceKind === 'teams') keys.push('audience.teamIds', 'audience.mode');
  if (f.audienceKind === 'users') keys.push('audience.userIds');
  if (f.audienceKind === 'profiles') keys.push('audience.profiles');
  if (f.audienceKind === 'csv') keys.push('audience.csv');
  return keys;
}

/**
 * The API's problems by the field that shows them: a path the form has no field for goes to the nearest one above
 * it (`buttons.1` to `buttons.1.title`, `audience.kind` to `audience`); what fits nowhere stays under `''`.
 */
export function placeProblems(
  problems: Record<string, string>,
  order: readonly string[],
): Record<string, string> {
  const keys = new Set(order);
  const placed: Record<string, string> = {};
  const add = (key: string, message: string) => {
    placed[key] = placed[key] ? `${placed[key]} ${message}` : message;
  };
  for (const [field, message] of Object.entries(problems)) {
    let key = field;
    if (/^buttons\.\d+$/.test(key)) key = `${key}.title`;
    while (key && !keys.has(key)) key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '';
    add(key, message);
  }
  return placed;
}
