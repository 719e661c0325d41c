import { randomUUID } from 'node:crypto';
import type { Actor, Announcement } from './announcement';
import { audit, mustGet, type AnnouncementDeps } from './announcement-deps';
import { updateAuthorCard } from './author-card';
import { AnnouncementConflictError, AnnouncementStateError } from './errors';
import { purposes } from './purposes';
import { cancelFollowUps, updateSentMessages } from './sent-messages';
import { validateDraft, validateEdit } from './validate-announcement';

/** Saves a new draft. @throws {AnnouncementInvalidError} with every field problem */
export async function createAnnouncement(
  deps: AnnouncementDeps,
  input: unknown,
  actor: Actor,
): Promise<Announcement> {
  const draft = validateDraft(input, await deps.contactNumbers());
  const now = deps.now();
  const announcement: Announcement = {
    ...draft,
    id: randomUUID(),
    status: 'draft',
    revision: 1,
    authorId: actor.id,
    authorName: actor.name,
    createdAt: now,
    updatedAt: now,
  };
  await deps.announcements.create(announcement);
  await audit(deps, announcement, 'created', actor);
  return announcement;
}

/**
 * Edits a draft or scheduled announcement (anything), or a sent or stopped one (its content: the messages
 * recipients have are updated in place).
 * @throws {AnnouncementInvalidError} with every field problem; {@link AnnouncementConflictError} when someone else
 * saved first; {@link AnnouncementStateError} while sending or once retracted
 */
export async function editAnnouncement(
  deps: AnnouncementDeps,
  id: string,
  input: unknown,
  actor: Actor,
): Promise<Announcement> {
  const a = await mustGet(deps, id);
  if (a.status === 'sending')
    throw new AnnouncementStateError(id, a.status, 'Wacht tot het versturen klaar is, of stop het eerst.');
  if (a.status === 'retracted')
    throw new AnnouncementStateError(id, a.status, 'Een ingetrokken aankondiging kun je niet meer bewerken.');
  const { draft, expectedRevision = a.revision } = validateEdit(input, a, await deps.contactNumbers());
  if (expectedRevision !== a.revision) throw new AnnouncementConflictError(id);
  const now = deps.now();
  const beforeSending = a.status === 'draft' || a.status === 'scheduled';
  const { title, body, imageUrl, buttons } = draft;
  const saved = beforeSending
    ? await deps.announcements.saveDraft(id, a.revision, draft, now)
    : await deps.announcements.saveContent(id, a.revision, { title, body, imageUrl, buttons }, now);
  if (!saved) throw new AnnouncementConflictError(id);
  const edited: Announcement = {
    ...a,
    ...(beforeSending ? draft : { title, body, imageUrl, buttons }),
    revision: a.revision + 1,
    updatedAt: now,
  };
  const updates = beforeSending ? 0 : await updateSentMessages(deps, edited);
  await audit(deps, edited, 'edited', actor, { revision: edited.revision, updates });
  return edited;
}

/**
 * Stops a scheduled announcement, or the messages of one being sent that have not gone out yet. What was sent
 * stays (it can still be edited or retracted).
 * @returns how many messages were stopped
 */
export async function cancelAnnouncement(deps: AnnouncementDeps, id: string, actor: Actor): Promise<number> {
  const a = await mustGet(deps, id);
  if (a.status !== 'scheduled' && a.status !== 'sending')
    throw new AnnouncementStateError(
      id,
      a.status,
      'Alleen een geplande of lopende verzending kun je stoppen.',
    );
  const now = deps.now();
  if (!(await deps.announcements.transition(id, [a.status], 'cancelled', now, { cancelledAt: now })))
    throw new AnnouncementStateError(id, a.status, 'Deze aankondiging is intussen verstuurd of gewijzigd.');
  const cancelled = a.status === 'sending' ? await deps.delivery.cancel(purposes.message(id)) : 0;
  if (a.status === 'sending') await updateAuthorCard(deps, a, 'cancelled');
  await audit(deps, a, 'cancelled', actor, { cancelled });
  return cancelled;
}

/**
 * Deletes an announcement with its text, recipients and acknowledgements; the audit log keeps a line saying so.
 * Messages recipients have stay in Teams: retract first to remove those.
 */
export async function removeAnnouncement(deps: AnnouncementDeps, id: string, actor: Actor): Promise<void> {
  const a = await mustGet(deps, id);
  if (a.status === 'scheduled' || a.status === 'sending')
    throw new AnnouncementStateError(id, a.status, 'Stop de verzending eerst.');
  if (a.status === 'retracted' && !a.retractDoneAt)
    throw new AnnouncementStateError(id, a.status, 'Wacht tot alle berichten zijn ingetrokken.');
  await cancelFollowUps(deps, a);
  if (!(await deps.announcements.remove(id))) throw new AnnouncementConflictError(id);
  await audit(deps, a, 'deleted', actor);
}
