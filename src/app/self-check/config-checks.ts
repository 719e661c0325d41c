import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config';
import type { Check } from './self-check';

type Finding = { status: 'warning' | 'error'; detail: string; fix: string };

/** The settings that make a production instance work: the bot, sign-in, and reaching people first. */
export function configCheck(config: Config): Check {
  return {
    id: 'config',
    title: 'Instellingen',
    async run() {
      const findings: Finding[] = [];
      if (config.localMode) {
        findings.push({
          status: 'warning',
          detail: 'BOT_ID is leeg: Voordeur draait in lokale modus en Teams kan de bot niet bereiken.',
          fix: 'Vul BOT_ID en SECRET_BOT_PASSWORD in (atk provision doet dat) en start de service opnieuw.',
        });
      }
      if (!config.auth.clientId || !config.auth.tenantId) {
        findings.push({
          status: 'error',
          detail:
            'AAD_APP_CLIENT_ID of AAD_APP_TENANT_ID ontbreekt: de tabbladen en het beheer weigeren iedereen.',
          fix: 'Vul AAD_APP_CLIENT_ID en AAD_APP_TENANT_ID in met de Entra-app van Voordeur (atk provision maakt die) en start opnieuw.',
        });
      }
      if (!config.localMode && !config.delivery.serviceUrl) {
        findings.push({
          status: 'warning',
          detail:
            'DELIVERY_SERVICE_URL ontbreekt: herinneringen en aankondigingen bereiken alleen wie de bot al eens sprak.',
          fix: 'Zet DELIVERY_SERVICE_URL op de service-URL van Teams voor je regio, zoals https://smba.trafficmanager.net/emea/.',
        });
      }
      if (findings.length === 0) {
        return {
          status: 'ok',
          detail: `Bot, aanmelding en bezorging zijn ingesteld; database: ${config.databaseUrl ? 'PostgreSQL' : 'SQLite'}.`,
        };
      }
      const worst = findings.some((f) => f.status === 'error') ? 'error' : 'warning';
      return {
        status: worst,
        detail: findings.map((f) => f.detail).join(' '),
        fix: findings.map((f) => f.fix).join(' '),
      };
    },
  };
}

interface BuiltManifest {
  bots?: { botId?: string }[];
  webApplicationInfo?: { id?: string };
}

/**
 * The app package built for Teams (`appPackage/build/manifest.<env>.json`, written by `npm run package` and the
 * Agents Toolkit) against the running configuration: the same bot id and sign-in app.
 * @param buildDir where the built manifests are; absent in a container, which makes this a warning
 */
export function manifestCheck(config: Config, buildDir: string): Check {
  const expected = `bot-id ${config.bot.appId ?? '(leeg)'} en Entra-app ${config.auth.clientId ?? '(leeg)'}`;
  return {
    id: 'manifest',
    title: 'App-pakket en instellingen horen bij elkaar',
    async run() {
      const files = await manifestFiles(buildDir);
      if (files.length === 0) {
        return {
          status: 'warning',
          detail: `Geen gebouwd app-pakket gevonden naast de service; deze service verwacht ${expected}.`,
          fix: 'Controleer in het Teams-beheercentrum (Apps beheren → Voordeur → Over) dat de app deze ids heeft.',
        };
      }
      const mismatched: string[] = [];
      for (const file of files) {
        const manifest = JSON.parse(await readFile(path.join(buildDir, file), 'utf8')) as BuiltManifest;
        const botId = manifest.bots?.[0]?.botId;
        const clientId = manifest.webApplicationInfo?.id;
        if (botId === config.bot.appId && clientId === config.auth.clientId) {
          return { status: 'ok', detail: `${file} heeft dezelfde ${expected} als deze service.` };
        }
        mismatched.push(`${file}: bot-id ${botId ?? '(geen)'}, Entra-app ${clientId ?? '(geen)'}`);
      }
      return {
        status: 'error',
        detail: `Geen app-pakket hoort bij deze service (${expected}). Gevonden: ${mismatched.join('; ')}.`,
        fix: 'Bouw het pakket met dezelfde env-bestanden als de service (npm run package -- <omgeving>) en werk de app bij in het Teams-beheercentrum.',
      };
    },
  };
}

async function manifestFiles(buildDir: string): Promise<string[]> {
  try {
    return (await readdir(buildDir)).filter((f) => /^manifest\.[\w-]+\.json$/.test(f)).sort();
  } catch {
    return [];
  }
}
