import type { CheckStatus } from '../../../contracts';
import type { Lang } from '../../i18n';

const nl = {
  title: 'Controle van de installatie',
  intro:
    'Voordeur kijkt of alles goed staat: instellingen, de bot, de database, berichten die wachten, installaties, geplande taken en het app-pakket.',
  checking: 'Bezig met controleren…',
  recheck: 'Opnieuw controleren',
  loadFailed: 'De controle kon niet worden uitgevoerd. Probeer het opnieuw.',
  checkedAt: (time: string) => `Gecontroleerd om ${time}.`,
  status: { ok: 'In orde', warning: 'Let op', error: 'Fout' } as Record<CheckStatus, string>,
  overall: {
    ok: 'Alles is in orde.',
    warning: 'Alles werkt, maar er is iets om naar te kijken.',
    error: 'Er is iets mis: zie de fouten bovenaan.',
  } as Record<CheckStatus, string>,
  counts: (c: Record<CheckStatus, number>) => `${c.error} fout, ${c.warning} let op, ${c.ok} in orde.`,
  fix: 'Wat te doen:',
  dutchOnly: '',
};

export type SelfCheckStrings = typeof nl;

const en: SelfCheckStrings = {
  title: 'Installation check',
  intro:
    'Voordeur checks whether everything is set up right: settings, the bot, the database, messages waiting, installations, scheduled jobs and the app package.',
  checking: 'Checking…',
  recheck: 'Check again',
  loadFailed: 'The check could not be run. Please try again.',
  checkedAt: (time: string) => `Checked at ${time}.`,
  status: { ok: 'OK', warning: 'Attention', error: 'Error' },
  overall: {
    ok: 'Everything is fine.',
    warning: 'Everything works, but something needs a look.',
    error: 'Something is wrong: see the errors at the top.',
  },
  counts: (c: Record<CheckStatus, number>) => `${c.error} error(s), ${c.warning} to look at, ${c.ok} OK.`,
  fix: 'What to do:',
  dutchOnly: 'The findings and fixes are in Dutch.',
};

export const SELF_CHECK_STRINGS: Record<Lang, SelfCheckStrings> = { nl, en };
