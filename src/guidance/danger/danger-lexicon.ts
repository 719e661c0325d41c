// The danger lexicon: the data files under lexicon/, imported one by one so that the compiler copies them to dist,
// and compiled once when the room is loaded. How to edit them: lexicon/README.md.
import { buildLexicon, type LexiconFile } from './build-lexicon';
import nowContext from './lexicon/context/now.json';
import calmNowContext from './lexicon/context/calm-now.json';
import hypotheticalContext from './lexicon/context/hypothetical.json';
import conditionalThreatContext from './lexicon/context/conditional-threat.json';
import liveCallContext from './lexicon/context/live-call.json';
import fictionContext from './lexicon/context/fiction.json';
import pastOnlyContext from './lexicon/context/past-only.json';
import figurativeContext from './lexicon/context/figurative.json';
import parentNearContext from './lexicon/context/parent-near.json';
import habitOrPastContext from './lexicon/context/habit-or-past.json';
import classifyingContext from './lexicon/context/classifying.json';
import weakPastContext from './lexicon/context/weak-past.json';
import talkAboutContext from './lexicon/context/talk-about.json';
import hearsayContext from './lexicon/context/hearsay.json';
import mechanicalContext from './lexicon/context/mechanical.json';
import toolContext from './lexicon/context/tool.json';
import messagesContext from './lexicon/context/messages.json';
import possibleContext from './lexicon/context/possible.json';
import legalThreatContext from './lexicon/context/legal-threat.json';
import datedPastContext from './lexicon/context/dated-past.json';
import soonContext from './lexicon/context/soon.json';
import thoughtsContext from './lexicon/context/thoughts.json';
import longRunningContext from './lexicon/context/long-running.json';
import fearOfContext from './lexicon/context/fear-of.json';
import wheneverContext from './lexicon/context/whenever.json';
import weaponSeenContext from './lexicon/context/weapon-seen.json';
import checkedSafeContext from './lexicon/context/checked-safe.json';
import somedayContext from './lexicon/context/someday.json';
import violenceNow from './lexicon/kinds/violence-now.json';
import weapon from './lexicon/kinds/weapon.json';
import unconscious from './lexicon/kinds/unconscious.json';
import threat from './lexicon/kinds/threat.json';
import threatToMe from './lexicon/kinds/threat-to-me.json';
import threatToLife from './lexicon/kinds/threat-to-life.json';
import suicide from './lexicon/kinds/suicide.json';
import childAlone from './lexicon/kinds/child-alone.json';
import cryForHelp from './lexicon/kinds/cry-for-help.json';
import fire from './lexicon/kinds/fire.json';

/** The kind files, in the order of `DANGER_KINDS`. */
export const KIND_FILES: readonly LexiconFile[] = [
  { path: 'kinds/violence-now.json', data: violenceNow },
  { path: 'kinds/weapon.json', data: weapon },
  { path: 'kinds/unconscious.json', data: unconscious },
  { path: 'kinds/threat.json', data: threat },
  { path: 'kinds/threat-to-me.json', data: threatToMe },
  { path: 'kinds/threat-to-life.json', data: threatToLife },
  { path: 'kinds/suicide.json', data: suicide },
  { path: 'kinds/child-alone.json', data: childAlone },
  { path: 'kinds/cry-for-help.json', data: cryForHelp },
  { path: 'kinds/fire.json', data: fire },
];

/** The context files: the here and now, questions, and the words that talk a match away. */
export const CONTEXT_FILES: readonly LexiconFile[] = [
  { path: 'context/now.json', data: nowContext },
  { path: 'context/calm-now.json', data: calmNowContext },
  { path: 'context/hypothetical.json', data: hypotheticalContext },
  { path: 'context/conditional-threat.json', data: conditionalThreatContext },
  { path: 'context/live-call.json', data: liveCallContext },
  { path: 'context/fiction.json', data: fictionContext },
  { path: 'context/past-only.json', data: pastOnlyContext },
  { path: 'context/figurative.json', data: figurativeContext },
  { path: 'context/parent-near.json', data: parentNearContext },
  { path: 'context/habit-or-past.json', data: habitOrPastContext },
  { path: 'context/classifying.json', data: classifyingContext },
  { path: 'context/weak-past.json', data: weakPastContext },
  { path: 'context/talk-about.json', data: talkAboutContext },
  { path: 'context/hearsay.json', data: hearsayContext },
  { path: 'context/mechanical.json', data: mechanicalContext },
  { path: 'context/tool.json', data: toolContext },
  { path: 'context/messages.json', data: messagesContext },
  { path: 'context/possible.json', data: possibleContext },
  { path: 'context/legal-threat.json', data: legalThreatContext },
  { path: 'context/dated-past.json', data: datedPastContext },
  { path: 'context/soon.json', data: soonContext },
  { path: 'context/thoughts.json', data: thoughtsContext },
  { path: 'context/long-running.json', data: longRunningContext },
  { path: 'context/fear-of.json', data: fearOfContext },
  { path: 'context/whenever.json', data: wheneverContext },
  { path: 'context/weapon-seen.json', data: weaponSeenContext },
  { path: 'context/checked-safe.json', data: checkedSafeContext },
  { path: 'context/someday.json', data: somedayContext },
];

/** The compiled lexicon; a broken file stops the start with a message naming it. */
export const LEXICON = buildLexicon(KIND_FILES, CONTEXT_FILES);
