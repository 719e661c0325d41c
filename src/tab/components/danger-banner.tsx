import { makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../i18n';

const useStyles = makeStyles({
  banner: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '8px',
    padding: '12px 16px',
    marginBottom: '12px',
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `6px solid ${tokens.colorStatusDangerBorder2}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorNeutralForeground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightBold },
  hint: { margin: '4px 0 0', fontSize: tokens.fontSizeBase300 },
  call: {
    display: 'inline-block',
    padding: '8px 16px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `2px solid ${tokens.colorStatusDangerBorder2}`,
    fontWeight: tokens.fontWeightBold,
    textDecoration: 'none',
    ':focus-visible': { outline: `3px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** Always at the top: what to do when there is danger now. */
export function DangerBanner({ t }: { t: Strings }) {
  const s = useStyles();
  return (
    <section className={s.banner} aria-labelledby="danger-title" data-testid="danger">
      <div>
        <h1 id="danger-title" className={s.title}>
          {t.danger}
        </h1>
        <p className={s.hint}>{t.dangerHint}</p>
      </div>
      <a className={s.call} href="tel:112">
        {t.call112}
      </a>
    </section>
  );
}
