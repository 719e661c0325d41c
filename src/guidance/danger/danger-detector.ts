import { DANGER_PATTERNS, FIRST_HAND_KINDS, SOFT_KINDS, type DangerKind } from './danger-lexicon';
import { foldText } from '../normalize-text';

export type { DangerKind } from './danger-lexicon';

// Cues that put the message in the here and now; they overrule every softener below.
const NOW =
  /\b(nu|zojuist|daarnet|op dit moment|op het moment|momenteel|right now|now|just now|at the moment|currently)\b|\bnet (\w+ ){0,4}ge\w+(d|t|en)\b|\bjust (\w+ed|hit|got|came)\b|\bwaar ik bij (sta|ben|zit)\b|\bterwijl ik (er )?(bij|binnen) (sta|ben)\b|\b(in front of me|while i m there|while i am there)\b/;
// "Nu" that says it is over ("nu is het rustig", "hij is nu vertrokken", "ze woont nu ergens anders") or asks what next
// ("wat nu?"): not a cue for the here and now.
const CALM_NOW =
  /\b(wat|what) (nu|now)\b|\bnu (woont|verblijft|logeert) (\w+ ){0,2}(bij|ergens|elders|in)\b|\b(woont|verblijft|logeert) (\w+ )?nu (ergens anders|elders|apart|alleen|bij)\b|\b(kan|mag|moet|moeten|kunnen) (ik|we|je) (\w+ ){0,3}nu (nog|alsnog|eigenlijk|wel)\b|\b(staying|living|lives) (\w+ ){0,4}now\b|\bnu (is het|is alles|lijkt het|weer) (\w+ )?(rustig|stil|voorbij|over)\b|\b(is|zijn) (\w+ )?nu (weg|vertrokken|rustig|voorbij|opgelost)\b|\bnow (it s|its|it is|all is|everything is) (quiet|calm|over)\b|\b(has|have|s) (\w+ )?now (left|gone)\b/g;
// A question about what to do in a situation, not a report of one ("wat als", "what if").
const HYPOTHETICAL =
  /\b(als|wanneer|stel|stel dat|indien|mocht|if|whether|what if|in case|suppose)\b|\bwat (doe|moet) (ik|je|jij) (\w+ )?bij\b/;
// "Als je de politie belt, steek ik het huis in brand": an "if" that makes a threat, not a question.
const CONDITIONAL_THREAT =
  /\b(als|if) (je|jij|u|jullie|you) (\w+ ){0,6}(steek|sla|maak|schiet|vermoord|stab|shoot|kill|burn)\b/g;
// Habit or the past: a signal to write down, not an emergency.
const HABIT_OR_PAST =
  /\b(\d+|twee|drie|vier|vijf|meerdere|een paar) keer\b|\bal (jaren|maanden|weken)\b|\b(vaak|regelmatig|soms|altijd|elke|iedere|weleens|wel eens|af en toe|vroeger|gisteren|vorige|vorig|laatst|afgelopen|often|sometimes|always|regularly|usually|every|used to|yesterday|last week|ago)\b/;
// A verb in the past: the story may be over, unless the writer hears or is told it now (see LIVE_CALL).
const WEAK_PAST = /\b(waren|was|werd|werden)\b/;
// Hearsay or a suspicion, about someone else.
const HEARSAY =
  /\b(vertelde|vertelt|zegt|zei|zeggen|volgens|denk|vermoed|vermoeden|think|suspect|told|said|says)\b/;
// A question whether something counts as violence ("is dat ook huiselijk geweld", "of telt alleen slaan"), or how
// often it happens ("hoeveel kinderen worden mishandeld"), or how to recognise it ("hoe zie je dat een kind wordt
// geslagen").
const CLASSIFYING =
  /\b(is|zijn|valt|vallen|telt|tellen) (\w+ ){0,5}(ook|al|onder) (\w+ ){0,3}\w*(geweld|mishandeling)\b|\bof telt\b|\btelt (dat|dit|het) (dan )?(ook|mee)\b|\b(does|is) (\w+ ){0,4}count as\b|\b(hoeveel|procent|percentage|how many|how much|per ?cent)\b|\bhoe (herken|zie|weet|merk) (\w+ ){0,3}(dat|of)\b|\bhow (do|can|would) (i|you|we) (tell|know|recognise|recognize|spot|see) (if|whether|that)\b/;
// The writer asks whether to raise it with the people themselves: a conversation to plan, not an emergency.
const TALK_ABOUT =
  /\b(aanspreken|aan te spreken|confronteren|ask (\w+ ){0,3}(whether|if|about)|talk to (\w+ ){0,3}about|confront (her|him|them))\b/;
// Someone on the phone right now, or a voice the writer hears: what they say is not hearsay ("beller zegt dat haar
// zoon de deur intrapt", "ik hoor een stem die zegt dat ze is opgesloten").
const LIVE_CALL =
  /\b(beller|belster|aan de (lijn|telefoon)|caller|on the (phone|line)|hoor ik|ik hoor|i can hear|i hear)\b/;
// Work, not violence: a door that slams, a knife for sealant, an alarm that goes off.
const MECHANICAL =
  /\b(slaat|slaan|sloeg) (\w+ ){0,2}(dicht|aan|af|op hol)\b|\b(deur|deuren|alarm|ketel|cv|stoppen|zekering|pomp|motor|boiler) (\w+ )?(slaat|slaan|sloeg)\b/;
// Only the past, said plainly: talks away even a threat to life or a cry for help ("ze vertelde dat hij haar ooit
// had gewurgd"). Not "sinds gisteren": someone lying on the floor since yesterday is danger now.
const PAST_ONLY =
  /\b(vorige (week|maand)|vorig jaar|ooit|vroeger|jaren geleden|weken geleden|maanden geleden|last (week|month|year)|years ago|weeks ago|months ago)\b/;
// A saying, not a threat: "die deadline vermoordt me", "this heat is killing me".
const FIGURATIVE =
  /\b(deadline|planning\w*|rooster|printer|systeem|system|hitte|heat|werkdruk|workload|administratie|admin|mails?|emails?|traffic|file|commute)\b (\w+ ){0,3}(vermoordt|is killing|killing|kills|maakt me kapot)\b/;
// Play, practice and stories: a training, a role play, a film or the news.
const FICTION =
  /\b(training|trainingen|rollenspel|role ?play|oefening|film|serie|game|toneel|nieuws|krant|acted out|movie|tv show|news)\b/;
// A child playing alone while a parent is close by.
const PARENT_NEAR =
  /\bterwijl (de |haar |zijn )?(moeder|vader|ouders?|mama|papa|oppas) (\w+ )?(binnen|thuis|erbij|kookt|in de buurt|boven)\b|\b(while|with) (mum|mom|dad|the parents?|her mother|his mother) (\w+ )?(inside|at home|nearby|cooking)\b/;
// Threats in messages, letters or calls: a signal to write down, not danger in the room.
const MESSAGES =
  /\b(messages?|texts?|texting|letters?|e ?mails?|voicemails?|berichten|berichtjes|appjes|apps|brieven|brief|mails?|sms(jes)?)\b/;
// Work, not a weapon: a knife for sealant, a boiler that "schiet in storing"; and a saying ("een mes in de rug").
const TOOL =
  /\bmes in de rug\b|\b(gereedschap|kit|kitten|kitrand|silicone|slijpen|vloerbedekking|tapijt|behang|stanley|tool|tools|toolbox|sealant|caulk|carpet)\b|\b(schiet|schieten|schoot) (\w+ ){0,2}(in (de )?storing|in de stress|los|vast|tekort|uit (zijn|haar|de) slof|te hulp)\b|\b(boiler|ketel|cv|stoppen|zekering|aardlek|pomp|thermostaat)\b.{0,30}\b(schiet|schieten|schoot)\b/;
// An older child at home alone is not an emergency by itself.
const AGE = /\b(\d{1,2}) ?(jaar|jr|years?|yrs?)\b|\bvan (\d{1,2})\b|\b(\d{1,2}) year old\b/g;

function olderChildrenOnly(text: string): boolean {
  const ages = [...text.matchAll(AGE)].map((m) => Number(m[1] ?? m[3] ?? m[4]));
  return ages.length > 0 && ages.every((age) => age >= 12);
}

// Emoji that say danger, read as the words they stand for (folding would drop them): "🔪🔪 man in portiek nu".
const EMOJI_MEANING: Record<string, string> = {
  '🔪': 'mes',
  '🗡️': 'mes',
  '🗡': 'mes',
  '🔫': 'pistool',
  '🆘': 'help help',
  '🩸': 'veel bloed',
  '🔥': 'in brand',
};
const EMOJI_WORDS = new RegExp(Object.keys(EMOJI_MEANING).join('|'), 'gu');

// One regular expression per kind, the union of its patterns: where it first matches is where the first of them
// matches, in one pass over the text instead of one per pattern.
const KIND_PATTERNS = Object.fromEntries(
  Object.entries(DANGER_PATTERNS).map(([kind, patterns]) => [
    kind,
    new RegExp(patterns.map((p) => `(?:${p.source})`).join('|')),
  ]),
) as Record<DangerKind, RegExp>;

/** Where the first pattern of a kind matches, or -1. */
function firstMatch(text: string, kind: DangerKind): number {
  return text.search(KIND_PATTERNS[kind]);
}

/**
 * The kinds of immediate danger a message describes, in a fixed order; empty when there is none.
 * @remarks Missing danger is worse than a false alarm, so the patterns are broad and typo-tolerant. Only these talk a
 * match away, and any "nu" or "now" overrules them all:
 * - a question about a situation before the match ("wat als", "what if", "whether");
 * - for the softer kinds (violence, a child alone, a threat): habit or the past ("vaak", "gisteren"), and a question
 *   whether something counts as violence ("is dat ook geweld", "telt dat ook");
 * - for the softer kinds except a threat to the writer: hearsay or a suspicion ("volgens de buren", "ik denk dat"; not what a
 *   caller on the phone says now), and
 *   a plan to raise it with the people themselves ("ik wil die vader erop aanspreken");
 * - work words ("de deur slaat dicht", "een mes voor de kit"); for a threat, messages or letters ("ze krijgt dreigende
 *   berichten").
 * Reads the whole message, however long; keeps nothing.
 */
export function detectDanger(message: string): DangerKind[] {
  return assessDanger(message).now;
}

/**
 * What a message says about danger: `now` as {@link detectDanger}; `asked`, the kinds it only asks about as a
 * situation ("wat doe ik als iemand bewusteloos ligt", "what if he has a knife"), which the 112 topic answers as a
 * question.
 */
export function assessDanger(message: string): { now: DangerKind[]; asked: DangerKind[] } {
  const text = foldText(message.replace(EMOJI_WORDS, (emoji) => ` ${EMOJI_MEANING[emoji] ?? ''} `));
  const now: DangerKind[] = [];
  const asked: DangerKind[] = [];
  if (!text) return { now, asked };
  const happening = NOW.test(text.replace(CALM_NOW, ' '));
  // The text with each threat's "if" blanked out, letter for letter, so positions still line up.
  const unconditional = text.replace(CONDITIONAL_THREAT, (threat) => ' '.repeat(threat.length));
  for (const kind of Object.keys(DANGER_PATTERNS) as DangerKind[]) {
    const at = firstMatch(text, kind);
    if (at < 0) continue;
    if (kind === 'child-alone' && olderChildrenOnly(text)) continue;
    if (happening) {
      now.push(kind);
      continue;
    }
    if (FICTION.test(text)) continue;
    if ((kind === 'threat-to-life' || kind === 'cry-for-help') && PAST_ONLY.test(text)) continue;
    if (kind === 'threat-to-life' && FIGURATIVE.test(text)) continue;
    if (kind === 'child-alone' && PARENT_NEAR.test(text)) continue;
    const live = LIVE_CALL.test(text);
    if (SOFT_KINDS.has(kind) && (HABIT_OR_PAST.test(text) || CLASSIFYING.test(text))) continue;
    if (SOFT_KINDS.has(kind) && WEAK_PAST.test(text) && !live) continue;
    if (SOFT_KINDS.has(kind) && kind !== 'threat-to-me' && TALK_ABOUT.test(text)) continue;
    if (SOFT_KINDS.has(kind) && !FIRST_HAND_KINDS.has(kind) && HEARSAY.test(text) && !live) continue;
    if (kind === 'violence-now' && MECHANICAL.test(text)) continue;
    if (kind === 'weapon' && TOOL.test(text)) continue;
    if ((kind === 'threat' || kind === 'threat-to-me') && MESSAGES.test(text)) continue;
    (HYPOTHETICAL.test(unconditional.slice(0, at)) ? asked : now).push(kind);
  }
  return { now, asked };
}
