/**
 * The guided "ik zie iets" flow: a short wizard from "is er nu gevaar?" to a facts-only note that goes to the
 * aandachtsfunctionaris, to Veilig Thuis by phone, or stays with the person.
 * @remarks What the person types travels in the cards themselves, never in Voordeur's database: a flow row holds
 * only who started it, for which team, and until when its cards work. The note leaves through the outbox, which
 * blanks a message's content once it is sent (or has failed for good).
 */

/** A flow's cards stop working this long after it started. */
export const FLOW_TTL_MS = 24 * 60 * 60 * 1000;

/** How a flow ended. */
export const OUTCOMES = ['sent', 'kept', 'cancelled'] as const;
export type FlowOutcome = (typeof OUTCOMES)[number];

/** One started flow: ids and times only, no content. */
export interface SeeSomethingFlow {
  id: string;
  /** The Entra object id of the person who started it: only they can use its cards. */
  ownerId: string;
  /** The team the flow was started from, which picks the team's aandachtsfunctionaris. */
  teamId?: string;
  createdAt: Date;
  expiresAt: Date;
  finishedAt?: Date;
  outcome?: FlowOutcome;
}

/** Stored flows. */
export interface SeeSomethingFlowRepository {
  create(flow: SeeSomethingFlow): Promise<void>;
  get(id: string): Promise<SeeSomethingFlow | undefined>;
  /**
   * Ends a flow that has not ended yet.
   * @returns false when it had already ended (a second press on "send" must not send twice).
   */
  finish(id: string, outcome: FlowOutcome, at: Date): Promise<boolean>;
  /** Removes flows whose cards no longer work; returns how many. */
  deleteExpired(now: Date): Promise<number>;
}

/** Whether a card of flow `id`, pressed by `personId` at `now`, may still act. */
export type FlowCheck =
  | { ok: true; flow: SeeSomethingFlow }
  | { ok: false; reason: 'unknown' | 'not-owner' | 'expired' | 'finished' };

export async function checkFlow(
  flows: SeeSomethingFlowRepository,
  id: string,
  personId: string | undefined,
  now: Date,
): Promise<FlowCheck> {
  const flow = await flows.get(id);
  if (!flow) return { ok: false, reason: 'unknown' };
  if (!personId || flow.ownerId !== personId) return { ok: false, reason: 'not-owner' };
  if (flow.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  if (flow.finishedAt) return { ok: false, reason: 'finished' };
  return { ok: true, flow };
}

/** Starts a flow for a person, and clears flows that have expired on the way. */
export async function startFlow(props: {
  flows: SeeSomethingFlowRepository;
  id: string;
  ownerId: string;
  teamId?: string;
  now: Date;
}): Promise<SeeSomethingFlow> {
  await props.flows.deleteExpired(props.now);
  const flow: SeeSomethingFlow = {
    id: props.id,
    ownerId: props.ownerId,
    teamId: props.teamId,
    createdAt: props.now,
    expiresAt: new Date(props.now.getTime() + FLOW_TTL_MS),
  };
  await props.flows.create(flow);
  return flow;
}
