import { Button, Spinner, makeStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { AnnouncementDetail, AnnouncementSummary } from '../../../contracts';
import type { SectionProps } from '../section';
import { AnnouncementDetailView } from './announcement-detail';
import { AnnouncementList } from './announcement-list';
import { announcementsApi } from './announcements-api';
import { ComposeForm } from './compose-form';
import { ANNOUNCEMENT_STRINGS } from './i18n-announcements';

type View =
  { kind: 'list' } | { kind: 'compose'; current?: AnnouncementDetail } | { kind: 'detail'; id: string };

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center', marginBottom: '12px' },
  intro: { margin: 0, flexGrow: 1, minWidth: '200px' },
});

/** The Aankondigingen section: the list, writing and editing, and one announcement with its progress and report. */
export default function AnnouncementsView({ api: admin, lang }: SectionProps) {
  const s = useStyles();
  const t = ANNOUNCEMENT_STRINGS[lang];
  const api = useMemo(() => announcementsApi(admin), [admin]);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [items, setItems] = useState<AnnouncementSummary[] | 'failed'>();

  useEffect(() => {
    if (view.kind !== 'list') return;
    api
      .list()
      .then((list) => setItems(list.announcements))
      .catch(() => setItems('failed'));
  }, [api, view]);

  // Each view starts at the top: on a phone the next one would otherwise open scrolled halfway.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [view]);

  return (
    <div data-section="aankondigingen">
      <div className={s.bar}>
        {view.kind === 'list' ? (
          <>
            <p className={s.intro}>{t.intro}</p>
            <Button appearance="primary" onClick={() => setView({ kind: 'compose' })}>
              {t.newAnnouncement}
            </Button>
          </>
        ) : (
          <Button onClick={() => setView({ kind: 'list' })}>{t.back}</Button>
        )}
      </div>
      {view.kind === 'list' &&
        (items === undefined ? (
          <Spinner size="small" label={t.heading} />
        ) : items === 'failed' ? (
          <p role="alert">{t.loadFailed}</p>
        ) : (
          <AnnouncementList items={items} t={t} lang={lang} open={(id) => setView({ kind: 'detail', id })} />
        ))}
      {view.kind === 'compose' && (
        <ComposeForm
          api={api}
          lang={lang}
          t={t}
          current={view.current}
          onSaved={(id) => setView({ kind: 'detail', id })}
          onCancel={() => setView(view.current ? { kind: 'detail', id: view.current.id } : { kind: 'list' })}
        />
      )}
      {view.kind === 'detail' && (
        <AnnouncementDetailView
          key={view.id}
          id={view.id}
          api={api}
          lang={lang}
          t={t}
          onEdit={(current) => setView({ kind: 'compose', current })}
          onGone={() => setView({ kind: 'list' })}
        />
      )}
    </div>
  );
}
