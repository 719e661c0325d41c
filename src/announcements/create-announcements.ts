import type { Lang } from '../guidance';
import type { Actor } from './announcement';
import { mustGet, type AnnouncementDeps } from './announcement-deps';
import { acknowledgeAnnouncement } from './acknowledgements';
import { announcementJobs } from './announcement-jobs';
import { previewCard } from './card-preview';
import {
  cancelAnnouncement,
  createAnnouncement,
  editAnnouncement,
  removeAnnouncement,
} from './manage-announcements';
import { announcementProgress } from './progress';
import { announcementReport, reportCsv } from './report';
import { resolveAudience } from './resolve-audience';
import { sendAnnouncement, sendPreview } from './send-announcement';
import { retractAnnouncement } from './sent-messages';
import { validateAudience } from './validate-announcement';

/** Who an audience comes to now, before sending: the count, what nobody knows, and how many are gone. */
export interface AudiencePreview {
  count: number;
  unknown: string[];
  gone: number;
}

/**
 * The announcements capability, ready to wire: one object per service, each method one use case.
 * @remarks The HTTP routes parse nothing themselves beyond the id: they pass the request body to these methods,
 * which validate it and throw `AnnouncementInvalidError` (400, every field problem),
 * `AnnouncementNotFoundError` (404), `AnnouncementStateError` or `AnnouncementConflictError` (409), and
 * `AudienceUnavailableError` (503).
 */
export function createAnnouncements(deps: AnnouncementDeps) {
  return {
    create: (input: unknown, actor: Actor) => createAnnouncement(deps, input, actor),
    edit: (id: string, input: unknown, actor: Actor) => editAnnouncement(deps, id, input, actor),
    get: (id: string) => mustGet(deps, id),
    list: () => deps.announcements.list(),
    /** `{ audience }` as the compose screen has it: resolved now, nothing stored. */
    async previewAudience(input: unknown): Promise<AudiencePreview> {
      const resolved = await resolveAudience(validateAudience(input), deps);
      return { count: resolved.members.length, unknown: resolved.unknown, gone: resolved.gone };
    },
    /** The card of what the compose screen has so far, as a recipient reading `lang` would get it. */
    card: (input: unknown, lang: Lang) => previewCard(deps, input, lang),
    send: (id: string, actor: Actor, input: unknown = {}) => sendAnnouncement(deps, id, actor, input),
    sendPreview: (id: string, actor: Actor) => sendPreview(deps, id, actor),
    cancel: (id: string, actor: Actor) => cancelAnnouncement(deps, id, actor),
    retract: (id: string, actor: Actor) => retractAnnouncement(deps, id, actor),
    remove: (id: string, actor: Actor) => removeAnnouncement(deps, id, actor),
    progress: (id: string) => announcementProgress(deps, id),
    report: (id: string) => announcementReport(deps, id),
    async reportCsv(id: string, lang: Lang, timeZone: string): Promise<string> {
      return reportCsv(await announcementReport(deps, id), lang, timeZone);
    },
    auditLog: (options?: { announcementId?: string; limit?: number }) => deps.audit.list(options),
    /** For the bot's "Gelezen en begrepen" button. */
    acknowledge: (id: string, person: { aadObjectId: string; name?: string }) =>
      acknowledgeAnnouncement(deps, id, person),
    /** The scheduled jobs, for the composition root to start. */
    jobs: () => announcementJobs(deps),
  };
}

/** The running announcements capability. */
export type Announcements = ReturnType<typeof createAnnouncements>;
