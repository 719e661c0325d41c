import type { Lang } from '../lang';

// Each line: a word, then words that mean the same for the search (a long group goes on over more lines, each
// starting with the same word). General language, not tuned to any question: how fear, family members, people
// in a home and an organisation are named in chat, and countries that stand for "abroad" (forced marriage,
// abandonment and genital mutilation all involve a stay abroad; the knowledge base names no countries).
const NL = `bang angstig doodsbang
kind kids kid kinders
moeder mama mam
vader papa pap
man vent kerel
bewoner bewoonster huisgenoot huisgenote kamergenoot kamergenote medebewoner medebewoonster
organisatie bedrijf club werkgever
buitenland marokko turkije somalie eritrea ethiopie egypte soedan irak syrie afghanistan pakistan iran
buitenland nigeria guinee mali jemen`;

const EN = `afraid scared terrified frightened fearful
child kid kids
mother mum mom mommy mummy
father dad daddy
man guy bloke
woman lady
resident housemate flatmate roommate lodger
organisation organization company employer
abroad morocco turkey somalia eritrea ethiopia egypt sudan iraq syria afghanistan pakistan iran nigeria
abroad guinea mali yemen`;

function table(lines: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const line of lines.split('\n')) {
    const [head, ...words] = line.trim().split(/\s+/);
    if (head) for (const word of words) map.set(word, head);
  }
  return map;
}

/** Words that the search reads as another word of the same meaning, per language (folded spelling). */
export const WORD_GROUPS: Record<Lang, ReadonlyMap<string, string>> = { nl: table(NL), en: table(EN) };
