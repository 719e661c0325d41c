import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult, CheckStatus } from '../../../contracts';
import type { SelfCheckStrings } from './i18n-self-check';

const RANK: Record<CheckStatus, number> = { error: 0, warning: 1, ok: 2 };
const COLOR = { ok: 'success', warning: 'warning', error: 'danger' } as const;

/** Errors first, then warnings, then what is fine; the server's order within each. */
export const worstFirst = (checks: readonly CheckResult[]): CheckResult[] =>
  checks
    .map((check, i) => ({ check, i }))
    .sort((a, b) => RANK[a.check.status] - RANK[b.check.status] || a.i - b.i)
    .map(({ check }) => check);

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '8px' },
  item: {
    padding: '10px 12px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    display: 'grid',
    gap: '4px',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  ok: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 8px' },
  title: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  text: { margin: 0 },
  fix: { margin: 0 },
  fixLabel: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The self-check's results, worst first: each with its status in words (not by colour alone), what was found
 * and what to do.
 * @remarks The findings are Dutch (the API words them); in English they are marked `lang="nl"`.
 */
export function CheckList({
  checks,
  t,
  lang,
}: {
  checks: CheckResult[];
  t: SelfCheckStrings;
  lang: 'nl' | 'en';
}) {
  const s = useStyles();
  const dutch = lang === 'nl' ? undefined : 'nl';
  return (
    <ul className={s.list} data-testid="check-list">
      {worstFirst(checks).map((c) => (
        <li key={c.id} className={`${s.item} ${s[c.status]}`} data-check={c.id} data-status={c.status}>
          <div className={s.head}>
            <Badge appearance="filled" color={COLOR[c.status]} data-testid="check-status">
              {t.status[c.status]}
            </Badge>
            <h3 className={s.title} lang={dutch}>
              {c.title}
            </h3>
          </div>
          <p className={s.text} lang={dutch}>
            {c.detail}
          </p>
          {c.fix && c.status !== 'ok' && (
            <p className={s.fix} data-testid="check-fix">
              <span className={s.fixLabel}>{t.fix}</span> <span lang={dutch}>{c.fix}</span>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
