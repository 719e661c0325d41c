import type { Lang } from '../i18n';
import type { TeamsSession } from '../teams';
import type { AdminApi } from './admin-api';

/** What every section of the Beheer tab gets. */
export interface SectionProps {
  api: AdminApi;
  lang: Lang;
  session: TeamsSession;
}

export const SECTIONS = ['aankondigingen', 'organisatie', 'redactie', 'controle'] as const;
export type Section = (typeof SECTIONS)[number];

export const asSection = (value: string | null | undefined): Section =>
  (SECTIONS as readonly string[]).includes(value ?? '') ? (value as Section) : 'aankondigingen';
