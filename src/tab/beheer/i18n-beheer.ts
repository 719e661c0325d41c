import type { Lang } from '../i18n';

const nl = {
  title: 'Beheer',
  intro: 'Aankondigingen, de organisatie, de redactie en de controle van de installatie.',
  onlyAdmins:
    'Dit tabblad is alleen voor beheerders van Voordeur. Vraag de IT-afdeling je de rol Voordeur.Admin te geven als je beheerder hoort te zijn.',
  loadFailed: 'Beheer kon niet worden geladen. Probeer het later opnieuw.',
  loadingSection: 'Onderdeel laden…',
  sectionFailed: 'Dit onderdeel kon niet worden getoond.',
  reload: 'Opnieuw laden',
  sections: {
    aankondigingen: 'Aankondigingen',
    organisatie: 'Organisatie',
    redactie: 'Redactie',
    controle: 'Controle',
  },
};

export type BeheerStrings = typeof nl;

const en: BeheerStrings = {
  title: 'Admin',
  intro: 'Announcements, the organisation, the editors and the installation check.',
  onlyAdmins:
    'This tab is for Voordeur admins only. Ask IT for the Voordeur.Admin role if you should be an admin.',
  loadFailed: 'The admin tab could not be loaded. Please try again later.',
  loadingSection: 'Loading section…',
  sectionFailed: 'This section could not be shown.',
  reload: 'Reload',
  sections: {
    aankondigingen: 'Announcements',
    organisatie: 'Organisation',
    redactie: 'Editors',
    controle: 'Check',
  },
};

export const BEHEER_STRINGS: Record<Lang, BeheerStrings> = { nl, en };
