// Type-only: the contracts' zod schemas stay out of the tab's bundle.
import type {
  AnnouncementCard,
  AnnouncementDetail,
  AnnouncementDraftBody,
  AnnouncementEditBody,
  AnnouncementList,
  AudienceCount,
  AudienceCountBody,
  AuditList,
  CardPreviewBody,
  RecipientList,
  SendResult,
} from '../../../contracts';
import type { Lang } from '../../i18n';
import type { AdminApi } from '../admin-api';
import { directoryApi } from '../directory-api';

const BASE = '/api/admin/announcements';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** The calls of the Aankondigingen section (contracts in src/contracts/announcements.ts). */
export function announcementsApi(api: AdminApi) {
  return {
    list: () => api.get<AnnouncementList>(BASE),
    get: (id: string) => api.get<AnnouncementDetail>(one(id)),
    create: (body: AnnouncementDraftBody) => api.post<{ id: string }>(BASE, body),
    edit: (id: string, body: AnnouncementEditBody) => api.patch<AnnouncementDetail>(one(id), body),
    remove: (id: string) => api.delete<{ id: string }>(one(id)),
    countAudience: (body: AudienceCountBody) => api.post<AudienceCount>(`${BASE}/audience-count`, body),
    card: (body: CardPreviewBody, lang: Lang) =>
      api.post<AnnouncementCard>(`${BASE}/card?lang=${lang}`, body),
    send: (id: string, sendAt?: string) => api.post<SendResult>(`${one(id)}/send`, sendAt ? { sendAt } : {}),
    cancel: (id: string) => api.post<{ cancelled: number }>(`${one(id)}/cancel`),
    retract: (id: string) => api.post<{ deletes: number }>(`${one(id)}/retract`),
    sendPreview: (id: string) => api.post<{ queued: boolean }>(`${one(id)}/preview`),
    recipients: (id: string) => api.get<RecipientList>(`${one(id)}/recipients`),
    audit: (id: string) => api.get<AuditList>(`${one(id)}/audit`),
    reportCsv: (id: string, lang: Lang) => api.get<string>(`${one(id)}/report.csv?lang=${lang}`),
    /** The teams and their members by name, for the audience picker. */
    directory: directoryApi(api),
  };
}

export type AnnouncementsApi = ReturnType<typeof announcementsApi>;
