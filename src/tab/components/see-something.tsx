import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Strings } from '../i18n';
import { botChatLink, openInTeams } from '../teams';

const useStyles = makeStyles({
  hint: { margin: '4px 0 0', fontSize: tokens.fontSizeBase200, maxWidth: '32em' },
});

/** The message that starts the bot's "ik zie iets" flow; the bot reads Dutch commands in every language. */
export const SEE_SOMETHING = 'ik zie iets';

/**
 * "Ik zie iets": opens the personal chat with Voordeur with the words that start the flow typed in; says what to
 * type when Teams cannot open it (or the tab does not know the bot).
 */
export function SeeSomethingButton({ botId, t }: { botId?: string; t: Strings }) {
  const s = useStyles();
  const [pressed, setPressed] = useState(false);
  return (
    <div className="no-print" data-testid="see-something">
      <Button
        appearance="primary"
        onClick={() => {
          if (botId) openInTeams(botChatLink(botId, SEE_SOMETHING));
          setPressed(true);
        }}
      >
        {t.seeSomething}
      </Button>
      <p className={s.hint} role="status">
        {pressed && (botId ? `${t.seeSomethingOpened} ${t.seeSomethingType}` : t.seeSomethingType)}
      </p>
    </div>
  );
}

/** "Vraag het Voordeur": the personal chat, with what the person searched for typed in. */
export function askVoordeur(botId: string, words: string): void {
  openInTeams(botChatLink(botId, words));
}
