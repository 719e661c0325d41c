import type { LanguageModelConfig } from '../../config';
import type { QueueStats } from '../../delivery/outbox';
import type { InstallationCounts } from '../../directory/installations';
import type { Check } from './self-check';

const MINUTE_MS = 60_000;
/** A message waiting longer than this is a sign that delivery stalls; an hour is a fault. */
export const OUTBOX_WAIT_WARNING_MS = 10 * MINUTE_MS;
export const OUTBOX_WAIT_ERROR_MS = 60 * MINUTE_MS;

/** Whether a Bot Framework token can be fetched with the configured id and secret. */
export function botTokenCheck(token: (() => Promise<string>) | undefined): Check {
  return {
    id: 'bot-token',
    title: 'Inloggegevens van de bot',
    async run() {
      if (!token) {
        return {
          status: 'warning',
          detail: 'Niet gecontroleerd: zonder BOT_ID (lokale modus) haalt Voordeur geen token op.',
          fix: 'Vul BOT_ID en SECRET_BOT_PASSWORD in om Voordeur in Teams te gebruiken.',
        };
      }
      try {
        await token();
        return { status: 'ok', detail: 'Een token van de Bot Framework is opgehaald.' };
      } catch {
        return {
          status: 'error',
          detail: 'Geen token gekregen: Voordeur kan geen berichten sturen.',
          fix: 'Controleer BOT_ID, BOT_TYPE, BOT_TENANT_ID en het geheim (SECRET_BOT_PASSWORD); een verlopen geheim vernieuw je in Entra ID → App-registraties → de bot → Certificaten en geheimen.',
        };
      }
    },
  };
}

/** The database answers and every migration is applied. */
export function databaseCheck(database: {
  dialect: string;
  ping(): Promise<void>;
  pendingMigrations(): Promise<number>;
}): Check {
  return {
    id: 'database',
    title: 'Database',
    async run() {
      try {
        await database.ping();
      } catch {
        return {
          status: 'error',
          detail: `De database (${database.dialect}) antwoordt niet.`,
          fix: 'Controleer of de database draait en DATABASE_URL klopt (of dat DATA_DIR beschrijfbaar is bij SQLite).',
        };
      }
      const pending = await database.pendingMigrations();
      if (pending > 0) {
        return {
          status: 'error',
          detail: `${pending} migratie(s) zijn nog niet uitgevoerd.`,
          fix: 'Start de service opnieuw: migraties draaien bij het starten. Lukt dat niet, kijk in het logboek naar "database migration".',
        };
      }
      return { status: 'ok', detail: `De database (${database.dialect}) antwoordt en is bijgewerkt.` };
    },
  };
}

/** How many proactive messages wait, and how long the oldest has waited. */
export function outboxCheck(stats: () => Promise<QueueStats>, now: () => Date): Check {
  return {
    id: 'outbox',
    title: 'Berichten die wachten op verzending',
    async run() {
      const { depth, oldestPendingCreatedAt } = await stats();
      if (depth === 0 || !oldestPendingCreatedAt) {
        return { status: 'ok', detail: 'Er wacht geen bericht.' };
      }
      const waitedMs = now().getTime() - oldestPendingCreatedAt.getTime();
      const detail = `${depth} bericht(en) wachten; het oudste sinds ${Math.round(waitedMs / MINUTE_MS)} minuten.`;
      if (waitedMs < OUTBOX_WAIT_WARNING_MS) return { status: 'ok', detail };
      return {
        status: waitedMs >= OUTBOX_WAIT_ERROR_MS ? 'error' : 'warning',
        detail,
        fix: 'Kijk of de bot een token krijgt (hierboven) en zoek in het logboek naar "delivery-"; Teams kan ook tijdelijk afremmen (429), dan lost het zich vanzelf op.',
      };
    },
  };
}

/** Where Voordeur is installed, and how many chats Teams no longer lets it reach. */
export function installationsCheck(counts: () => Promise<InstallationCounts>): Check {
  return {
    id: 'installations',
    title: 'Installaties',
    async run() {
      const { personal, team } = await counts();
      const detail =
        `Persoonlijke chats: ${personal.active} bereikbaar, ${personal.uninstalled} verwijderd, ` +
        `${personal.gone} onbereikbaar. Teams: ${team.active} bereikbaar, ${team.uninstalled} verwijderd, ` +
        `${team.gone} onbereikbaar.`;
      if (personal.active === 0) {
        return {
          status: 'warning',
          detail,
          fix: 'Installeer Voordeur vooraf voor je medewerkers met een app-setupbeleid in het Teams-beheercentrum; anders bereiken herinneringen niemand.',
        };
      }
      const reachable = personal.active + personal.gone;
      if (personal.gone > 0 && personal.gone / reachable > 0.1) {
        return {
          status: 'warning',
          detail,
          fix: 'Meer dan 10% van de persoonlijke chats is onbereikbaar: kijk of een app-beleid Voordeur blokkeert.',
        };
      }
      return { status: 'ok', detail };
    },
  };
}

/** When a language model is configured: whether its API answers with the configured key. */
export function languageModelCheck(
  model: LanguageModelConfig | undefined,
  fetchFn: typeof fetch = globalThis.fetch,
): Check {
  return {
    id: 'language-model',
    title: 'Taalmodel',
    async run() {
      if (!model)
        return { status: 'ok', detail: 'Geen taalmodel ingesteld: antwoorden komen uit de kennisbank.' };
      const request: { url: string; headers: Record<string, string> } =
        model.kind === 'azure'
          ? {
              url: `${model.endpoint.replace(/\/+$/, '')}/openai/models?api-version=${model.apiVersion}`,
              headers: { 'api-key': model.apiKey },
            }
          : {
              url: `${(model.baseUrl ?? 'https://api.openai.com/v1').replace(/\/+$/, '')}/models`,
              headers: { authorization: `Bearer ${model.apiKey}` },
            };
      let status: number;
      try {
        status = (await fetchFn(request.url, { headers: request.headers, signal: AbortSignal.timeout(4000) }))
          .status;
      } catch {
        return {
          status: 'error',
          detail: `Het taalmodel (${model.kind}) is niet bereikbaar; Voordeur toont dan de kaart uit de kennisbank.`,
          fix: 'Controleer het adres (AZURE_OPENAI_ENDPOINT of OPENAI_BASE_URL) en of uitgaand verkeer is toegestaan.',
        };
      }
      if (status === 401 || status === 403) {
        return {
          status: 'error',
          detail: `Het taalmodel (${model.kind}) weigert de sleutel (HTTP ${status}).`,
          fix: 'Vernieuw de API-sleutel (SECRET_AZURE_OPENAI_API_KEY of SECRET_OPENAI_API_KEY).',
        };
      }
      if (status >= 400) {
        return {
          status: 'warning',
          detail: `Het taalmodel (${model.kind}) antwoordde met HTTP ${status}.`,
          fix: 'Kijk bij de aanbieder of de dienst storing heeft; Voordeur valt terug op de kennisbank.',
        };
      }
      return { status: 'ok', detail: `Het taalmodel (${model.kind}) antwoordt.` };
    },
  };
}
