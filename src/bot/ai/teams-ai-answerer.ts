import {
  ActionPlanner,
  type AzureOpenAIModelOptions,
  type Memory,
  MemoryFork,
  OpenAIModel,
  type OpenAIModelOptions,
  PromptManager,
} from '@microsoft/teams-ai';
import { BotAdapter, TurnContext } from 'botbuilder';
import type { LanguageModelConfig } from '../../config';
import {
  type Lang,
  MAX_SEARCH_CHARS,
  type Topic,
  type ComposedAnswer,
  type ModelAnswerer,
  readCompletion,
} from '../../guidance';
import type { Logger } from '../../logging';
import { ANSWER_PROMPT, languageName, PROMPT_VARIABLES, topicContext } from './answer-prompt';
import { createCallLimit } from './call-limit';
import { neutralErrorFetch, type WebFetch } from './neutral-error-fetch';
/** What {@link createModelAnswerer} needs besides the settings. */
export interface ModelAnswererDependencies {
  logger: Logger;
  /**
   * The HTTP client for the model's API (default: Node's `fetch`), always wrapped in {@link neutralErrorFetch}.
   * @remarks Tests route Azure's https-only endpoint to a loopback stand-in with it.
   */
  fetch?: WebFetch;
}

type ClientFetch = NonNullable<OpenAIModelOptions['clientOptions']>['fetch'];

/** Extra time the whole call may take beyond the HTTP timeout (prompt rendering, a stalled response body). */
const GRACE_MS = 1000;

/**
 * Model calls at once; more wait for a place, within the same timeout.
 * @remarks teams-ai subscribes to the shared model's events for every call: ten at once make Node warn
 * (`MaxListenersExceededWarning`). A handful also keeps a burst of questions from hitting the provider's rate limit.
 */
export const MAX_CONCURRENT_CALLS = 4;

/**
 * A {@link ModelAnswerer} on teams-ai's `ActionPlanner` with an `OpenAIModel` (OpenAI or Azure OpenAI).
 * @remarks One try with a short timeout: the reader already has a good answer (the topic card) to fall back on,
 * so retries would only keep them waiting. At most {@link MAX_CONCURRENT_CALLS} calls run at once; waiting for a
 * place counts against the same timeout. Requests are never logged (`logRequests` stays off); teams-ai does print
 * a failed call's error object with `console.log`, so the HTTP client replaces every error body with a neutral one
 * ({@link neutralErrorFetch}): a provider that quotes the question in its error cannot get it printed.
 */
export function createModelAnswerer(
  settings: LanguageModelConfig,
  deps: ModelAnswererDependencies,
): ModelAnswerer {
  const planner = new ActionPlanner({
    model: new OpenAIModel(modelOptions(settings, deps)),
    // Required by teams-ai, but never read: the one prompt is registered in code below.
    prompts: new PromptManager({ promptsFolder: __dirname }).addPrompt(ANSWER_PROMPT),
    defaultPrompt: ANSWER_PROMPT.name,
    // A reply that breaks the rules is not repaired but replaced by the topic card.
    max_repair_attempts: 0,
  });
  const { logger } = deps;
  const limit = createCallLimit(MAX_CONCURRENT_CALLS);

  return {
    async compose(question, lang, topics) {
      const started = performance.now();
      const log = (outcome: string, fields: Record<string, unknown> = {}, level: 'info' | 'warn' = 'info') =>
        logger[level](
          {
            event: 'model-answer',
            outcome,
            topics: topics.map((t) => t.id),
            ms: Math.round(performance.now() - started),
            ...fields,
          },
          'language model answer',
        );
      try {
        const release = await limit.acquire(settings.timeoutMs);
        if (!release) return void log('busy', {}, 'warn');
        const callStarted = performance.now();
        const call = planner.completePrompt(
          modelTurn(),
          promptMemory(question, lang, topics),
          ANSWER_PROMPT.name,
        );
        // The place is held until the HTTP call has really ended (its own timeout ends it), not just until the
        // reader stops waiting: a call left running still has its listeners on the model.
        void call.then(release, release);
        const response = await withTimeout(
          call,
          settings.timeoutMs + GRACE_MS - (performance.now() - started),
        );
        if (response === 'timeout') return void log('timeout', {}, 'warn');
        if (response.status !== 'success') {
          // The error's message may quote the provider's reply, so it is not logged. teams-ai reports the
          // client's timeout as a plain error; the time taken tells it apart.
          const timedOut = performance.now() - callStarted >= settings.timeoutMs;
          return void log(
            timedOut ? 'timeout' : 'failed',
            timedOut ? {} : { status: response.status },
            'warn',
          );
        }
        const verdict = readCompletion(String(response.message?.content ?? ''), topics, lang);
        if (!verdict.ok) return void log('refused', { problem: verdict.problem }, 'warn');
        const answer: ComposedAnswer = verdict.answer;
        log(answer.kind === 'answer' ? 'composed' : 'out-of-scope', {
          cited: answer.kind === 'answer' ? answer.cited.map((t) => t.id) : undefined,
        });
        return answer;
      } catch (error) {
        return void log('failed', { errorName: error instanceof Error ? error.name : typeof error }, 'warn');
      }
    },
  };
}

function modelOptions(
  settings: LanguageModelConfig,
  deps: ModelAnswererDependencies,
): OpenAIModelOptions | AzureOpenAIModelOptions {
  const common = {
    logRequests: false,
    stream: false,
    // Rules and topics as a real system message, so the question cannot pass itself off as instructions.
    useSystemMessages: true,
    responseFormat: { type: 'json_object' as const },
    // teams-ai does not hand `maxRetries` to the OpenAI client, whose default is two retries: say it here.
    clientOptions: {
      timeout: settings.timeoutMs,
      maxRetries: 0,
      // Node's own fetch, not the SDK's node-fetch: the wrapper builds web `Response`s.
      fetch: neutralErrorFetch(deps.fetch ?? globalThis.fetch) as unknown as ClientFetch,
    },
  };
  return settings.kind === 'azure'
    ? {
        ...common,
        azureApiKey: settings.apiKey,
        azureEndpoint: settings.endpoint,
        azureDefaultDeployment: settings.deployment,
        azureApiVersion: settings.apiVersion,
      }
    : { ...common, apiKey: settings.apiKey, defaultModel: settings.model, endpoint: settings.baseUrl };
}

/** A memory of its own for each question: nothing of it reaches the conversation's stored state. */
function promptMemory(question: string, lang: Lang, topics: readonly Topic[]): Memory {
  const memory = new MemoryFork(EMPTY_MEMORY);
  memory.setValue(PROMPT_VARIABLES.question, question.trim().slice(0, MAX_SEARCH_CHARS));
  memory.setValue(PROMPT_VARIABLES.language, languageName(lang));
  memory.setValue(PROMPT_VARIABLES.topics, topicContext(topics, lang));
  return memory;
}

const EMPTY_MEMORY: Memory = {
  deleteValue: () => undefined,
  hasValue: () => false,
  getValue: <T>() => undefined as T,
  setValue: () => {
    throw new Error('the prompt memory is a fork: writes stay in the fork');
  },
};

/**
 * The turn the model call belongs to, as far as teams-ai is concerned: one that cannot send.
 * @remarks teams-ai only uses it to match its own events; streaming is off. The route sends the card itself,
 * after checking the reply, so a model reply can never reach the person unchecked.
 */
function modelTurn(): TurnContext {
  return new TurnContext(new NoSendAdapter(), { type: 'message', channelId: 'voordeur-model' });
}

class NoSendAdapter extends BotAdapter {
  private refuse(): never {
    throw new Error('The language model may not send: the guidance route sends the checked answer');
  }
  sendActivities(): Promise<never> {
    this.refuse();
  }
  updateActivity(): Promise<never> {
    this.refuse();
  }
  deleteActivity(): Promise<never> {
    this.refuse();
  }
  continueConversation(): Promise<never> {
    this.refuse();
  }
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
