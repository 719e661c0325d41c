import { cardExecute, message } from '../../support/activities';
import type { ConnectorStandIn } from '../../support/connector-stand-in';
import type { ProofService } from './proof-service';

/** A button of one of the bot's cards: what Teams sends back when it is pressed. */
export interface HarvestedAction {
  type: 'Action.Execute' | 'Action.Submit';
  verb?: string;
  data: Record<string, unknown>;
}

/** Every Action.Execute and Action.Submit anywhere in a value (cards, invoke answers, shown cards). */
export function actionsIn(value: unknown, out: HarvestedAction[] = []): HarvestedAction[] {
  if (Array.isArray(value)) value.forEach((v) => actionsIn(v, out));
  else if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    const data = (node.data ?? {}) as Record<string, unknown>;
    if (node.type === 'Action.Execute') {
      out.push({ type: 'Action.Execute', verb: String(node.verb ?? data.verb ?? ''), data });
    } else if (node.type === 'Action.Submit') {
      out.push({ type: 'Action.Submit', verb: typeof data.verb === 'string' ? data.verb : undefined, data });
    }
    Object.values(node).forEach((v) => actionsIn(v, out));
  }
  return out;
}

/** At most this many card buttons are pressed while harvesting. */
const MAX_PRESSES = 40;

/**
 * Talks to the service as a person would (help, a question, "ik zie iets", "mijn training") and presses the
 * buttons of the cards it answers with, a few steps deep, to collect the button data of real cards: real flow ids,
 * topics and verbs, so that the fuzzers mutate what Teams really sends, and new buttons join by themselves.
 * @remarks The service must run in local mode (no BOT_ID), so that its replies reach the connector stand-in.
 */
export async function harvestActions(
  service: ProofService,
  connector: ConnectorStandIn,
): Promise<HarvestedAction[]> {
  const o = { serviceUrl: connector.url, conversationId: 'a:harvest', aadObjectId: 'aad-harvest' };
  const post = (activity: unknown) =>
    service.request({
      method: 'POST',
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
  const found: HarvestedAction[] = [];
  const seen = new Set<string>();
  const add = (actions: HarvestedAction[]) => {
    for (const action of actions) {
      const key = `${action.type} ${action.verb} ${JSON.stringify(Object.keys(action.data).sort())}`;
      if (!seen.has(key)) {
        seen.add(key);
        found.push(action);
      }
    }
  };
  for (const text of [
    'hulp',
    'Wat moet ik doen bij een vermoeden van kindermishandeling?',
    'ik zie iets',
    'mijn training',
  ]) {
    const before = connector.messages(o.conversationId).length;
    const answer = await post(message(text, o));
    if (answer.status !== 200) throw new Error(`harvest: "${text}" got ${answer.status}`);
    add(actionsIn(await connector.messagesAfter(o.conversationId, before)));
  }
  let pressed = 0;
  for (let i = 0; i < found.length && pressed < MAX_PRESSES; i += 1) {
    const action = found[i];
    if (action.type !== 'Action.Execute') continue;
    pressed += 1;
    const answer = await post(cardExecute(action.verb ?? '', action.data, o));
    if (answer.status === 200 && answer.text) add(actionsIn(JSON.parse(answer.text)));
  }
  connector.received.splice(0, connector.received.length);
  return found;
}
