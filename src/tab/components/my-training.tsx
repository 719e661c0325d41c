import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { MyTraining as MyTrainingView, TabApi } from '../api';
import { pick, type Lang, type Strings } from '../i18n';
import { describeCourse, Swatch } from './training-status';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: '0 0 8px', display: 'grid', gap: '6px' },
  item: {
    padding: '8px 12px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  line: { margin: '2px 0 0', display: 'flex', alignItems: 'flex-start' },
  meta: { margin: '2px 0 0', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * A team member's own training, shown only to them: a member never sees a colleague's status in the tab.
 * @remarks When it cannot be loaded the panel still says where to ask: the bot's "mijn training".
 */
export function MyTraining(props: { api: TabApi; t: Strings; lang: Lang }) {
  const { api, t, lang } = props;
  const s = useStyles();
  const [data, setData] = useState<MyTrainingView>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    api.myTraining().then(setData, () => setFailed(true));
  }, [api]);

  return (
    <section aria-labelledby="my-training-title" data-testid="my-training" aria-busy={!data && !failed}>
      <h2 id="my-training-title">{t.tr.myTitle}</h2>
      {failed && <p role="alert">{t.tr.loadFailed}</p>}
      {!data && !failed && <Spinner size="small" label={t.tr.loading} />}
      {data && (
        <>
          <p className={s.meta}>{t.tr.myIntro}</p>
          {data.courses.length === 0 ? (
            <p>{t.tr.noCourses}</p>
          ) : (
            <ul className={s.list}>
              {data.courses.map((c) => (
                <li key={c.courseId} className={s.item} data-course={c.courseId}>
                  <p className={s.name}>{pick(c.name, lang)}</p>
                  <p className={s.line}>
                    <Swatch status={c.status} />
                    <span>{describeCourse(c, t, lang)}</span>
                  </p>
                  {c.claimedAt && <p className={s.meta}>{t.tr.myClaimed}</p>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <p>{t.tr.askBot}</p>
    </section>
  );
}
