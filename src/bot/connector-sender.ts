import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { AuthenticationConstants, type AppCredentials } from 'botframework-connector';
import { z } from 'zod';
import type { Config } from '../config';
import type {
  CreateOutcome,
  MessageSender,
  PersonalChatRequest,
  SendOutcome,
} from '../delivery/message-sender';
import type { ConversationAddress } from '../directory/installations';

export interface ConnectorSenderOptions {
  /** A Bot Framework token for each request; absent in local mode (empty BOT_ID), where none is sent. */
  token?: () => Promise<string>;
  /** Gives up on a request after this long, answer or not. */
  timeoutMs: number;
  fetch?: typeof fetch;
}

const sentSchema = z.object({ id: z.string().optional() }).passthrough();
const createdSchema = z.object({ id: z.string().min(1), serviceUrl: z.string().optional() }).passthrough();

/** Longest Retry-After taken literally; a larger one is a fault, and the retry policy's cap applies instead. */
const MAX_RETRY_AFTER_MS = 3_600_000;

/**
 * The {@link MessageSender} that talks to the Bot Connector REST API (`/v3/conversations…`) with `fetch`.
 * @remarks Plain HTTP rather than botframework's ConnectorClient: delivery needs the status code and the
 * `Retry-After` header of every failure, and a hard timeout per request, which the client's own retry
 * policy would hide. The message's envelope (from, conversation, recipient) comes from the stored address,
 * never from the payload.
 */
export function createConnectorSender(options: ConnectorSenderOptions): MessageSender {
  const fetchImpl = options.fetch ?? fetch;

  async function call(
    method: 'POST' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<{ ok: true; json: unknown } | Failure> {
    try {
      const headers: Record<string, string> = {};
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (options.token) headers.authorization = `Bearer ${await options.token()}`;
      const response = await fetchImpl(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      const text = await response.text();
      if (response.ok) return { ok: true, json: parseJson(text) };
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
      return { ok: false, kind: 'http', status: response.status, retryAfterMs };
    } catch (error) {
      // Duck-typed: the DOMException of an aborted fetch may come from another realm (as under jest).
      const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
      return { ok: false, kind: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network' };
    }
  }

  return {
    async send(address: ConversationAddress, activity: Record<string, unknown>): Promise<SendOutcome> {
      const result = await call('POST', activitiesUrl(address), envelope(address, activity));
      if (!result.ok) return result;
      const parsed = sentSchema.safeParse(result.json);
      return { ok: true, activityId: parsed.success ? parsed.data.id : undefined };
    },

    async update(address: ConversationAddress, activityId: string, activity: Record<string, unknown>) {
      const result = await call(
        'PUT',
        activitiesUrl(address, activityId),
        envelope(address, { ...activity, id: activityId }),
      );
      return result.ok ? { ok: true, activityId } : result;
    },

    async delete(address: ConversationAddress, activityId: string): Promise<SendOutcome> {
      const result = await call('DELETE', activitiesUrl(address, activityId));
      return result.ok ? { ok: true, activityId } : result;
    },

    async createPersonalChat(request: PersonalChatRequest): Promise<CreateOutcome> {
      const result = await call('POST', `${base(request.serviceUrl)}v3/conversations`, {
        isGroup: false,
        bot: { id: request.botId },
        members: [{ id: request.memberId }],
        tenantId: request.tenantId,
        channelData: request.tenantId ? { tenant: { id: request.tenantId } } : undefined,
      });
      if (!result.ok) return result;
      const parsed = createdSchema.safeParse(result.json);
      // A success without a conversation id is a broken answer; treat it like a gateway fault and retry.
      if (!parsed.success) return { ok: false, kind: 'http', status: 502 };
      return { ok: true, conversationId: parsed.data.id, serviceUrl: parsed.data.serviceUrl };
    },
  };
}

/**
 * The token source for {@link createConnectorSender}: the bot's app credentials for the Bot Connector,
 * or undefined in local mode. Tokens are cached and renewed by botframework-connector.
 */
export function botTokenSource(bot: Config['bot']): (() => Promise<string>) | undefined {
  if (!bot.appId) return undefined;
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.password ?? '',
    MicrosoftAppType: bot.type,
    MicrosoftAppTenantId: bot.tenantId ?? '',
  });
  let credentials: Promise<AppCredentials> | undefined;
  return async () => {
    credentials ??= factory
      .createCredentials(
        bot.appId!,
        AuthenticationConstants.ToChannelFromBotOAuthScope,
        AuthenticationConstants.ToChannelFromBotLoginUrl,
        true,
      )
      .then((c) => c as AppCredentials);
    return (await credentials).getToken();
  };
}

type Failure = Extract<SendOutcome, { ok: false }>;

/** `Retry-After` as seconds or an HTTP date, in milliseconds from `nowMs`. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const ms = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - nowMs;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, Math.round(ms)));
}

/** `…/v3/conversations/{id}/activities`, or one activity's URL for an update or delete. */
function activitiesUrl(address: ConversationAddress, activityId?: string): string {
  const url = `${base(address.serviceUrl)}v3/conversations/${encodeURIComponent(address.conversation.id)}/activities`;
  return activityId ? `${url}/${encodeURIComponent(activityId)}` : url;
}

/** The activity with its envelope taken from the stored address, never from the payload. */
function envelope(address: ConversationAddress, activity: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'message',
    ...activity,
    channelId: address.channelId,
    serviceUrl: address.serviceUrl,
    from: address.bot,
    conversation: address.conversation,
    recipient: address.user ? { id: address.user.id, aadObjectId: address.user.aadObjectId } : undefined,
  };
}

function base(serviceUrl: string): string {
  return serviceUrl.endsWith('/') ? serviceUrl : `${serviceUrl}/`;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
