import type { OrganisationSettingsRepository, ChecklistRepository } from '../checklists/repositories';
import { handoverContact } from '../checklists/team-checklist';
import type { Contact } from '../checklists/types';
import type { DeliveryStatus } from '../delivery/delivery-status';
import type { SeeSomethingFlowRepository } from './flow';
import type { EnqueueResult, NewOutboxItem, OutboundActivity } from '../delivery/outbox';

/** What the flow needs from delivery: put one message in the outbox, and ask how it is getting on. */
export interface HandoverOutbox {
  enqueue(items: readonly NewOutboxItem[]): Promise<EnqueueResult>;
  status(purpose: string): Promise<DeliveryStatus>;
}

/**
 * Where a note can go.
 * @remarks `teams`: the contact has an Entra object id, so Voordeur can send the note to them 1:1. `manual`: a
 * contact is set but only with a name, a sign-in name or a phone number: the person has to reach them directly.
 */
export type HandoverTarget =
  | { kind: 'teams'; contact: Contact & { aadObjectId: string }; scope: 'team' | 'organisation' }
  | { kind: 'manual'; contact: Contact; scope: 'team' | 'organisation' }
  | { kind: 'none' };

/** The aandachtsfunctionaris of the flow's team, else the organisation's: the same person the tab shows. */
export async function handoverTarget(props: {
  checklists: ChecklistRepository;
  settings: OrganisationSettingsRepository;
  teamId?: string;
}): Promise<HandoverTarget> {
  const found = await handoverContact(props);
  if (!found) return { kind: 'none' };
  const { contact, scope } = found;
  return contact.aadObjectId
    ? { kind: 'teams', contact: { ...contact, aadObjectId: contact.aadObjectId }, scope }
    : { kind: 'manual', contact, scope };
}

/**
 * The team whose aandachtsfunctionaris a flow started in the personal chat goes to.
 * @param isMember whether the person belongs to a team (Teams' roster knows; asked only for teams that have
 * their own aandachtsfunctionaris)
 * @returns a team only when every team of the person with its own aandachtsfunctionaris names the same person;
 * otherwise (none, or different people) the organisation's aandachtsfunctionaris is the one to choose.
 */
export async function teamOfPerson(props: {
  checklists: ChecklistRepository;
  teamIds: readonly string[];
  isMember: (teamId: string) => Promise<boolean>;
}): Promise<string | undefined> {
  const own = await Promise.all(
    props.teamIds.map(async (teamId) => ({
      teamId,
      contact: (await props.checklists.latest(teamId))?.content.contacts.aandachtsfunctionaris,
    })),
  );
  const candidates = own.filter((t) => t.contact);
  const member = await Promise.all(candidates.map((t) => props.isMember(t.teamId)));
  const mine = candidates.filter((_, i) => member[i]);
  const people = new Set(mine.map((t) => t.contact?.aadObjectId ?? t.contact?.name));
  return people.size === 1 ? mine[0]?.teamId : undefined;
}

const HANDOVER = 'handover:';

/** The outbox purpose of a flow's note: one note per flow. */
export const handoverPurpose = (flowId: string): string => `${HANDOVER}${flowId}`;

/**
 * Tells the person who sent a note, in their personal chat, that it could not be delivered.
 * @param purpose the outbox purpose of the message delivery gave up on; anything but a note is ignored
 * @param notice the message to send, in the person's language
 * @remarks The note itself is gone from the outbox by then; the person's own card still holds their copy.
 */
export async function noticeFailedHandover(props: {
  purpose: string;
  flows: SeeSomethingFlowRepository;
  outbox: HandoverOutbox;
  notice: (ownerId: string) => Promise<OutboundActivity>;
}): Promise<boolean> {
  if (!props.purpose.startsWith(HANDOVER)) return false;
  const flowId = props.purpose.slice(HANDOVER.length);
  const flow = await props.flows.get(flowId);
  if (!flow) return false;
  const purpose = `handover-failed:${flowId}`;
  const result = await props.outbox.enqueue([
    {
      purpose,
      idempotencyKey: purpose,
      recipient: { kind: 'person', aadObjectId: flow.ownerId },
      payload: await props.notice(flow.ownerId),
      urgent: true,
    },
  ]);
  return result.inserted === 1;
}

/**
 * Puts the note in the outbox for the aandachtsfunctionaris's personal chat.
 * @remarks The outbox blanks the message once it is sent or has failed for good, so the note is not kept.
 * The idempotency key is the flow: a second press on "send" adds nothing.
 */
export async function sendHandover(props: {
  outbox: HandoverOutbox;
  flowId: string;
  to: { aadObjectId: string; tenantId?: string; serviceUrl?: string };
  payload: OutboundActivity;
}): Promise<boolean> {
  const purpose = handoverPurpose(props.flowId);
  const result = await props.outbox.enqueue([
    {
      purpose,
      idempotencyKey: purpose,
      recipient: { kind: 'person', ...props.to },
      payload: props.payload,
      urgent: true,
    },
  ]);
  return result.inserted === 1;
}

/** How far a sent note is: `sent`, still `pending`, or `failed` (Teams refused it for good). */
export async function handoverState(
  outbox: HandoverOutbox,
  flowId: string,
): Promise<'sent' | 'pending' | 'failed' | 'unknown'> {
  const { counts, total } = await outbox.status(handoverPurpose(flowId));
  if (total === 0) return 'unknown';
  if (counts.sent > 0) return 'sent';
  if (counts.failed > 0 || counts.cancelled > 0) return 'failed';
  return 'pending';
}
