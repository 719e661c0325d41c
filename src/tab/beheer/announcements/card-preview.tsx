import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { AnnouncementStrings } from './i18n-announcements';
import type * as RenderCard from './render-card';

let renderer: Promise<typeof RenderCard> | undefined;
/** The renderer, fetched once, the first time a preview is shown. */
const loadRenderer = () => (renderer ??= import('./render-card'));

const useStyles = makeStyles({
  frame: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    overflow: 'hidden',
    minHeight: '80px',
    '& .ac-adaptiveCard': { borderRadius: tokens.borderRadiusLarge },
    '& p': { margin: '0 0 4px 0' },
    '& ul, & ol': { margin: '0 0 4px 0', paddingLeft: '20px' },
    '& a': { color: tokens.colorBrandForegroundLink },
    '& img': { maxWidth: '100%' },
    '& .ac-pushButton': {
      minHeight: '32px',
      padding: '5px 12px',
      fontFamily: 'inherit',
      fontSize: tokens.fontSizeBase300,
      fontWeight: tokens.fontWeightSemibold,
      color: tokens.colorNeutralForeground1,
      backgroundColor: tokens.colorNeutralBackground1,
      border: `1px solid ${tokens.colorNeutralStroke1}`,
      borderRadius: tokens.borderRadiusMedium,
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      whiteSpace: 'nowrap',
    },
  },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: '4px 0 0 0' },
});

/**
 * The card as Teams shows it, drawn by the Adaptive Cards renderer from the JSON the server sends.
 * @param card the card from the API; undefined while it is being fetched
 */
export function CardPreview({ card, t }: { card?: Record<string, unknown>; t: AnnouncementStrings }) {
  const s = useStyles();
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'shown' | 'failed'>('loading');

  useEffect(() => {
    if (!card) return;
    let live = true;
    loadRenderer()
      .then(({ renderCard }) => {
        if (!live || !host.current) return;
        setState(renderCard(card, host.current) ? 'shown' : 'failed');
      })
      .catch(() => live && setState('failed'));
    return () => {
      live = false;
    };
  }, [card]);

  return (
    <div>
      <div className={s.frame} data-testid="card-preview" data-state={state}>
        {state === 'loading' && <Spinner size="tiny" label={t.previewLoading} />}
        <div ref={host} />
      </div>
      {state === 'failed' ? <p role="alert">{t.previewFailed}</p> : <p className={s.note}>{t.previewNote}</p>}
    </div>
  );
}
