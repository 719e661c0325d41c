/**
 * The kinds of immediate danger Voordeur answers with "Bel 112" before anything else.
 * - `violence-now`: violence someone sees or hears happening
 * - `weapon`: a knife, a gun or another weapon
 * - `unconscious`: someone unconscious, not responding or bleeding badly
 * - `threat`: someone in the home is threatened, attacked or held
 * - `threat-to-me`: the person writing (or the colleagues with them) is threatened, attacked or kept from leaving
 * - `threat-to-life`: strangling, threats to kill, suicide
 * - `child-alone`: a young child left alone, or at an open window high up
 * - `cry-for-help`: someone screaming or calling for help
 * - `fire`: a fire set or burning in the building
 */
export type DangerKind =
  | 'violence-now'
  | 'weapon'
  | 'unconscious'
  | 'threat'
  | 'threat-to-me'
  | 'threat-to-life'
  | 'child-alone'
  | 'cry-for-help'
  | 'fire';

/** Whether a kind of danger can be talked away by "vaak", "gisteren" or "ik denk dat" (see the detector). */
export const SOFT_KINDS: ReadonlySet<DangerKind> = new Set([
  'violence-now',
  'child-alone',
  'threat',
  'threat-to-me',
]);

/**
 * Kinds that hearsay ("hij zegt", "volgens de buren") does not talk away: the person writing is the one it happens
 * to ("hij zegt dat ik er niet meer uitkom").
 */
export const FIRST_HAND_KINDS: ReadonlySet<DangerKind> = new Set(['threat-to-me']);

// All patterns run on folded text: lower case, no accents, only a-z, 0-9 and single spaces ("he's" is "he s").
const VIOLENT_NL =
  'slaat|slaan|sloeg|sloegen|schopt|schoppen|trapt|trappen|stompt|stompen|mishandelt|mishandelen|vecht|vechten|knokken|knokt|duwt|smijt|gooit|klappen|meppen|mept|tekeer|wurgt|wurgen|sleurt|sleuren|slaad|slaatt|schopte';
/** Done just now, to someone ("heeft haar net geduwd"). */
const VIOLENT_NL_DONE =
  'geslagen|geschopt|getrapt|gestompt|geduwd|mishandeld|gewurgd|geknepen|gebeten|door elkaar geschud';
const VIOLENT_EN =
  'hitting|beating|punching|kicking|attacking|fighting|assaulting|hurting|strangling|choking|stabbing|smashing|slapping|shoving|throwing';

/** Patterns per kind; a kind is found when one of its patterns matches. */
export const DANGER_PATTERNS: Record<DangerKind, readonly RegExp[]> = {
  'violence-now': [
    new RegExp(`\\b(${VIOLENT_NL})\\b`),
    /\bin elkaar (ge)?(slaan|slaat|geslagen|getrapt|geschopt)\b/,
    /\b(staat|staan|zit|zitten|is|zijn) (\w+ ){0,3}te (slaan|schoppen|trappen|vechten|wurgen|mishandelen)\b/,
    /\ber (wordt|word) (\w+ ){0,3}(geslagen|geschopt|getrapt|mishandeld|aangevallen|gevochten|geknokt)\b/,
    // "binnen wordt gevochten": the impersonal passive says it is going on, with or without "er".
    /\b(wordt|word) (\w+ ){0,2}(gevochten|geknokt)\b/,
    // Breaking glass heard from inside a home: "ik hoor glas breken", "I can hear glass smashing".
    /\b(hoor|horen) (\w+ ){0,3}(glas|ruiten|ramen|servies) (breken|kapot ?gaan|sneuvelen)\b/,
    /\bhear (\w+ ){0,2}(glass|windows|plates) (breaking|smashing|shattering)\b/,
    /\bslaan en\b|\ben slaan\b|\bgeweld (nu|op dit moment)\b|\b(vechtpartij|knokpartij)\b/,
    new RegExp(`\\b(is|are|re|s|was|were|keeps) (\\w+ ){0,2}(${VIOLENT_EN})\\b`),
    /\b(he|she|they|someone|somebody|guy|man|woman) (hits|beats|kicks|punches|attacks|strangles|chokes)\b/,
    /\bpinned (\w+ ){0,2}(to|on|against) the (floor|ground|wall|bed)\b|\b(trekt|sleurt|sleept) (\w+ ){0,3}aan (haar|zijn|d r) (haar|haren)\b/,
    // Dragged into a car or a home.
    /\b(trekken|trekt|sleuren|sleurt|duwen|duwt) (\w+ ){0,3}(een |de |het )?(auto|busje|woning|flat|huis) in\b|\b(dragging|pulling|forcing|bundling) (\w+ ){0,3}into (a|the) (car|van|flat|house)\b/,
    // Banging and shouting the writer hears.
    /\b(hoor|hoort|horen)\b (\w+ ){0,3}(gebonk|gebons|geschreeuw|gekreun|gestommel)\b/,
    /\b(holding|pinning|pinned) (\w+ ){0,3}down\b|\band (hitting|beating|kicking|punching) (her|him|them|the)\b/,
    /\bfight(ing)? (next door|upstairs|downstairs|in the)\b/,
    /\baan (haar|zijn|d r|der|d|de) haren\b/,
    // "ze wordt in haar buik geschopt": someone is being hurt, said without "er".
    /\b(wordt|word) (\w+ ){0,6}(geslagen|geschopt|getrapt|gestompt|mishandeld|aangevallen)\b/,
    // A dog set on someone, or biting now.
    /\b(hitst|hitsen|hitste|zet|zette) (\w+ ){0,3}hond\w* op\b|\bhond\w* (\w+ ){0,3}(valt (\w+ )?aan|bijt|op (me|mij|ons|hem|haar) af)\b|\b(wordt|word) (\w+ ){0,2}gebeten\b/,
    /\b(trapt|trappen|beukt|beuken|ramt) (\w+ ){0,3}\w*(deur|ramen|ruiten)\b( \w+){0,2} (in|kapot)\b|\bslaat (\w+ ){0,3}(alles|de boel|het huis) kapot\b|\b(alles|de boel) kapot ?(slaat|slaan)\b|\bkapotslaat\b|\b\w*deur (\w+ )?in ?(trapt|trappen|beukt)\b/,
    /\b(rijdt|reed|ramt) (\w+ ){0,4}(op|in op) (de )?(haar|hem|hen|mensen|iemand|het kind|kinderen|ons|me|mij)\b|\b(drove|driving|rammed|ramming) (\w+ ){0,3}(into|at) (her|him|them|people|us|me)\b/,
    /\b(zuur|bleek|ammoniak|chemicali\w*)\b.{0,40}\b(gezicht|ogen)\b|\b(gooi\w*|smeet) (\w+ ){0,4}(uit een fles )?(\w+ )?in (haar|zijn|het) gezicht\b|\bacid\b/,
    /\b(klimt|klimmen|breekt|inbreken|inbreekt|komt) (\w+ ){0,4}(door|via) (het |de )?\w*(raam|ramen|deur|balkon)\b (\w+ )?(naar )?binnen\b|\b(door|via) (het |de )?\w*(raam|ramen|deur|balkon) (\w+ )?(naar )?binnen ?(klimt|klimmen|breekt|komt)\b|\b(climbing|breaking) in\b/,
    /\b(set|sets|setting) (\w+ ){0,2}dogs? on\b|\bdogs? (is |s )?(attacking|biting|mauling)\b/,
    new RegExp(`\\b(heeft|hebben) (\\w+ ){0,7}(${VIOLENT_NL_DONE})\\b`),
    // Shaking a baby or small child: a danger to life whoever sees it.
    /\bschud(t|den|de)? (\w+ ){0,3}(baby\w*|kindje\w*|peuter\w*|zuigeling\w*)\b|\b(baby\w*|kindje\w*|peuter\w*) (\w+ ){0,3}(door elkaar )?(schudden|geschud)\b/,
    /\bshak(es|ing|en) (the|a|her|his|their) (baby|infant|toddler)\b/,
  ],
  weapon: [
    // With the typos of a hurried thumb ("mse", "mees").
    /\b(mes|mse|mees|messen|steekwapen|pistool|pistolen|vuurwapen|wapen|wapens|geweer|bijl|machete|zwaard|boksbeugel)\b/,
    /\b(gestoken|neergestoken|steekt|steken|schiet|schieten|geschoten|dreigt met een)\b/,
    /\b(knife|knifes|knives|gun|guns|pistol|firearm|weapon|weapons|rifle|shotgun|axe|machete|stabbed|stabbing|shooting|shoot|shot at)\b/,
    /\bsteek (ik )?(je|jou|u|hem|haar|jullie) (\w+ )?(neer|dood|kapot|lek)\b/,
    /\b(kettingzaag|hakbijl|honkbalknuppel|chainsaw|baseball bat|machete|steekpartij|schietpartij|stabbing|shooting|kapotte fles|gebroken fles|broken bottle)\b/,
    // An everyday thing used as a weapon: someone comes at a person with it, or swings or threatens with it.
    /\b(zwaait|zwaaien|dreigt|dreigen) (\w+ ){0,3}met (een |zijn |haar |die )?(hamer|knuppel|honkbalknuppel|schroeve?n?draaier|koevoet|breekijzer|stok|fles|kapotte fles)\b|\b(hamer|knuppel|honkbalknuppel|schroeve?n?draaier|koevoet|breekijzer|stok|fles)\b.{0,120}\b(op (me|mij|ons|haar|hem) af|achter (me|mij|ons|haar|hem) aan)\b/,
    /\b(swinging|waving|threatening (\w+ ){0,2}with|coming at (me|us|her|him) with) (a |the |his |her )?(hammer|bat|baseball bat|crowbar|bottle|broken bottle|screwdriver)\b/,
    // A shot heard ("ik hoorde net een schot"); a "schot" alone is also a partition wall in building work.
    /\b(hoor|hoort|hoorde|hoorden|horen|gehoord) (\w+ ){0,3}(schot|schoten|knallen als van een (pistool|geweer))\b|\bschot(en)? (\w+ )?(hoor|hoort|hoorde|gehoord|gelost)\b|\b(geweer|pistool)schot\w*|\bgunshots?\b|\bshots? (fired|being fired)\b|\bhear\w* (\w+ ){0,2}shots?\b/,
  ],
  unconscious: [
    /\bbewust\w{0,2}lo+s+\b|\bbuiten bewustzijn\b|\bflauw ?gevallen\b|\bonwel\b/,
    /\b(reageert|reageren|beweegt|ademt) (\w+ ){0,2}(niet|nie|nergens|nauwelijks|amper|bijna niet)\b|\bniet meer (ademen|ademt|reageert|bewegen)\b/,
    /\b(niet|nauwelijks) (meer )?wakker (te krijgen|worden|wordt)\b|\bdoet (ze|hij|mama|papa|mam|pap) niks meer\b|\bzakt (\w+ )?weg\b|\bblauwe lippen\b|\blippen (\w+ )?(zijn|worden) blauw\b|\blips (are |turning )?blue\b|\bniet (meer )?aanspreekbaar\b/,
    // Poisoning, an overdose, a seizure, someone hanging.
    /\b\w*(pillen|medicijnen|tabletten) (\w+ ){0,2}(geslikt|ingenomen|genomen)\b|\boverdosis\b|\bschuim (\w+ ){0,2}(mond|lippen)\b|\b(schokt|stuip\w*|epileptische aanval)\b|\b(hangt|hing) (\w+ ){0,3}aan (een|het) (touw|riem|koord|kabel)\b|\baan (een|het) (touw|riem|koord|kabel) (\w+ )?(hangt|hing|hangen)\b/,
    /\b(ruik|ruiken|rook|stinkt) (\w+ ){0,3}gas\b|\bgaslucht\b|\bkoolmonoxide\b|\bgeiser brandt geel\b/,
    /\b(took|taken|swallowed) (\w+ ){0,3}(pills|tablets|overdose)\b|\boverdos\w*|\bfoam\w* at the mouth\b|\bseizure\b|\bfitting\b|\bhanging (from|by) (a|the) (rope|belt|cord)\b|\bsmell (\w+ ){0,2}gas\b|\bcarbon monoxide\b|\bwon t wake up\b|\bwont wake up\b|\bbarely (breathing|responding|conscious|moving)\b|\bhardly breathing\b/,
    /\bbloed(t|de|en)? (hevig|erg|heel|veel|overal)\b|\bveel bloed\b|\bbloed overal\b|\bligt in (een plas )?bloed\b/,
    /\bl[ie]?gt (\w+ ){0,3}(op (de |het )?\w*(grond|grnd|vloer|stoep|straat|tegels)|levenloos)\b/,
    // Blood and groaning, a cut that spurts.
    /\bbloed (\w+ ){0,3}(deur|muur|vloer|trap)\b.{0,60}\b(kreun\w*|gil\w*|huil\w*|stil)\b|\b(gesneden|snijwond)\b.{0,40}\b(spuit|gutst|stroomt)\b/,
    /\bbloed(t|en|de)? (\w+ ){0,2}(aan|uit) (zijn|haar|het|d r|der|z n|zn) (hoofd|gezicht|neus|mond|oor|nek)\b/,
    /\buncon\w{0,3}ous\b|\bunresponsive\b|\bnot (breathing|responding|moving)\b|\bpassed out\b|\bcollapsed\b/,
    /\bbleeding\b|\blying on the (floor|ground)\b|\bon the (\w+ )?(floor|ground) (since|for hours)\b/,
  ],
  threat: [
    /\bbedrei\w*|\bdreigt (haar|hem)\b/,
    /\b(word|wordt|worden) (\w+ ){0,3}(vastgehouden|vastgepakt|vastgebonden|gegijzeld)\b|\bopgesloten\b|\blocked in (a|the) (box|storage|shed|room|cupboard|basement)\b/,
    // Fresh injuries while the one who caused them is still there.
    /\b(dik|opgezwollen|gezwollen|swollen)\b.{0,30}\b(gezicht|oog|ogen|face|eye)\b.{0,160}\b(is er nog|nog (thuis|binnen|hier)|still (here|there|home)|kicking off|(super|heel|erg) boos)\b/,
    /\b(vastgebonden|vastgeketend|vastgemaakt) (\w+ ){0,2}(aan|op) (een |de |het |zijn |haar )?(stoel|bed|verwarming|radiator|tafel|paal|leuning|trap)\b|\b(tied|chained|strapped|tied up) (\w+ ){0,2}to (a |the |her |his |their )?(chair|bed|radiator|heater|table|pipe)\b/,
    // A vulnerable person shut out in the cold at night.
    /\b(dement\w*|dementia)\b.{0,120}\b(buiten|outside|locked out|buitengesloten)\b.{0,80}\b(vriest|koud|kou|nacht|freezing|cold|night|\d+ ?(uur|am))\b/,
    // Someone who can only whisper that she is not let out, or is afraid.
    /\bfluister\w* (\w+ ){0,6}(niet weg|niet naar buiten|niet de deur uit|hulp|help|bang|vastgebonden|opgesloten)\b|\b(heeft|hebben) (haar|hem|hen|ze) (\w+ )?(vastgebonden|vastgeketend)\b|\bwhisper\w* (\w+ ){0,6}(help|not allowed to leave|can t leave|scared)\b/,
    // The verb, not the noun: "does domestic violence include threats" asks about a form of violence.
    /\bthreaten\w*|\bdeath threats?\b/,
    /\b(being|is|s) (\w+ ){0,2}(held|grabbed|tied up)\b/,
    /\b(won t|wont|will not|doesn t|does not) let (her|him|them) (leave|go|out)\b|\blocked (her|him) in\b/,
    /\b(locked|trapped) in\b|\b(is|s) trapped\b/,
  ],
  'threat-to-me': [
    /\bbedreigt (mij|me|ons)\b|\bdreig(t|en) (mij|me|ons)\b|\b(mij|me|ons) (\w+ ){0,2}bedreigd\b/,
    /\b(valt|vallen|viel) (mij|me|ons|mijn collega) aan\b|\b(mij|me|ons) aan ?te vallen\b/,
    /\b(heeft|hebben) (mij|me|ons|mijn collega) (\w+ ){0,3}(geslagen|geschopt|gestompt|geduwd|aangevallen|vastgepakt)\b/,
    /\bagressief (naar|tegen|tegenover) (mij|me|ons)\b/,
    /\b(houdt|houden) (mij|me|ons) vast\b|\blaat (mij|me|ons) (er )?niet (\w+ )?(gaan|weg|los|eruit|uit|naar buiten)\b|\bsluit (mij|me|ons) op\b/,
    /\b(ik|we|wij) (word|worden) (\w+ ){0,3}(vastgehouden|vastgepakt|opgesloten|bedreigd|aangevallen)\b/,
    // Locked in: "de deur is op slot en ik kom er niet meer uit" (not "ik kan vandaag niet weg", and not "het meisje mag
    // de deur niet uit", which is about someone else).
    /\b(op slot|deur|sluit|houdt|laat)\b.{0,80}\b(ik|we|wij|mij|me|ons)\b.{0,40}\bniet (meer )?(uit\w*|eruit|weg|naar buiten)\b|\b(ik|we|wij|mij|me|ons)\b.{0,40}\bniet (meer )?(uit\w*|eruit|weg|naar buiten)\b.{0,80}\b(op slot|deur)\b/,
    /\b(voel|voelen) (mij|me|ons) (niet veilig|onveilig)\b|\bik ben (niet veilig|in gevaar)\b/,
    /\b(ik ben|ik zit|we zitten|we zijn|i m|i am|we re|we are) (\w+ ){0,2}(verstopt|aan het verstoppen|hiding)\b|\b(hij|ze|zij) zoekt (mij|me|ons)\b|\b(doet|deed|heeft) (\w+ ){0,2}(voor)?deur op slot\b.{0,60}\b(ik ben|ik zit|we zijn) (nog )?(binnen|in)\b/,
    /\b(niet|nooit) (meer )?levend (\w+ ){0,2}(uit|weg|buiten)\w*\b|\b(staat|gaat|blijft) (\w+ ){0,2}tussen (mij|me|ons) en de (deur|uitgang)\b|\bmoet (\w+ ){0,2}blijven zitten\b/,
    /\b(not|never) (\w+ ){0,2}(leaving|leave|get out|getting out) (of )?(here |this (flat|house|place) )?alive\b|\blocked (the )?(front )?door behind (me|us)\b|\b(between me and|blocking) the (door|exit)\b/,
    /\b(threaten\w*|attack\w*|punch\w*|hit|hits|kick\w*|push\w*|shov\w*|slap\w*|grabb\w*|spat at) (me|us|my colleague)\b/,
    /\b(rent|stormt|vliegt) (\w+ ){0,2}op (me|mij|ons|mijn collega) af\b|\bkomt (dreigend|boos|woedend|agressief|scheldend) (\w+ )?op (me|mij|ons) af\b|\brent (\w+ ){0,2}achter (me|mij|ons) aan\b|\b(coming|running|charging) (at|towards) (me|us)\b/,
    /\baggressive (towards|to|with) (me|us)\b|\b(am|m|are|re) (\w+ ){0,2}(held|grabbed|tied up|trapped)\b/,
    /\b(won t|wont|will not|doesn t|does not) let (me|us) (leave|go|out)\b|\blocked (me|us) in\b|\bblock\w* (the )?(front )?(door|exit|way out)\b/,
    /\b(i|we) (feel|am|are|m|re) (unsafe|not safe|in danger)\b|\bdon t feel safe\b/,
  ],
  'threat-to-life': [
    /\bvermo+r\w*|\bdood ?(te )?(maken|maakt|slaan|steken|schieten)\b|\bmaakt? (je|jou|haar|hem|mij|me) dood\b/,
    /\b(ge)?wurg\w*|\bkeel (dicht|dichtknijpen|dichtgeknepen)\b|\bzelfmoord\b|\bzichzelf (\w+ ){0,4}aan ?(te )?doen\b/,
    // "hij dreigt (zichzelf en) de kinderen iets aan te doen": a threat to harm, whoever it is aimed at.
    /\bdreig(t|en|de|den) (\w+ ){0,5}(iets|wat) aan ?(te )?doen\b/,
    /\bkill\w* (her|him|me|you|them|us|himself|herself|themselves|myself)\b|\bmurder\w*|\bsuicid\w*|\bstrangl\w*|\bstrangel(ing|s|ed)\b/,
    /\b(hurt|harm)\w* (himself|herself|themselves|myself|the (kids|children|child|baby))\b/,
    // Someone about to jump: from a roof, a balcony, a gallery, a bridge.
    // ("binnen springen", "langs springen" is dropping in, and a window that springs open is not a person.)
    /\b(dak|rand|reling|balkon|galerij|brug|vensterbank)\b.{0,60}\b(springt|springen)\b|\b(springt|springen)\b.{0,40}\b(dak|rand|reling|balkon|galerij|brug)\b|\b(wil|dreigt|gaat|zal) (\w+ ){0,3}(te )?(?<!\b(langs|binnen|aan|bij|in|om|open) )springen\b/,
    /\b(going to|gonna|wants to|threatening to|about to|will) jump\b|\bjump (off|from) (the|a|her|his)\b/,
    /\bbenen (naar )?buiten\b|\bzegt dat het (klaar|over) is\b|\bover de (balkon)?reling\b.{0,40}\b(kind|dochter\w*|zoon\w*|baby)\b|\b(kind|dochter\w*|zoon\w*|baby)\b.{0,40}\bover de (balkon)?reling\b/,
    // Gas let out and a threat to light it.
    /\bgas\w*\b.{0,80}\b(aansteker|aansteekt|aansteken|aan te steken|opblazen|ontploff\w*|lucifer\w*|vlam)\b|\bgas\b.{0,80}\b(light|ignite|lighter|blow (it|the place|us) up)\b/,
    /\b(heeft|houdt|pakt|grijpt|greep) (haar|hem|mij|me|zijn vrouw|zijn vriendin) (\w+ )?(bij|aan) de (keel|nek|hals|strot)\b|\b(got|has|grabbed) (her|him|me) by the (throat|neck)\b|\bhands (round|around) (her|his) (throat|neck)\b/,
    /\b(striemen|rode (plekken|strepen)|red marks|marks) (\w+ ){0,2}(rond|om|in|on|round|around) (haar|zijn|her|his) (nek|keel|hals|neck|throat)\b/,
    /\b(ben je|ben jij|is ze|ben ik) (\w+ )?dood\b|\byou re (\w+ )?dead\b/,
    // Smothering: a pillow on a face.
    /\bkussen (\w+ ){0,3}(op|over|tegen) (het |zijn |haar |d r |der )?(gezicht|hoofd|mond)\b|\bpillow (\w+ ){0,3}(over|on) (his|her|its|the baby s|the child s) face\b|\bsmother\w*/,
    // "ik maak je kapot", "hij schreeuwt dat ie me kapotmaakt".
    /\b(mij|me|je|jou|hem|haar|ons|jullie) (\w+ )?(kapot ?maken|kapot ?maakt|kapot ?maak|afmaken|afmaakt)\b|\bmaak (je|jou|hem|haar) (\w+ )?(kapot|af)\b/,
  ],
  'child-alone': [
    // "mag niet (meer) alleen de deur uit" is not a child left alone, and "alleen maar" is "only".
    /\b(kind\w*|kids?|baby\w*|peuter\w*|kleuter\w*|dreumes\w*|jongetje\w*|meisje\w*|zoontje\w*|dochtertje\w*|zuigeling\w*)\b.{0,120}(?<!\bniet )(?<!\bniet meer )\b(alleen(?! maar)|niemand (thuis|bij)|zonder (toezicht|ouders|volwassene))\b/,
    /(?<!\bniet )(?<!\bniet meer )\b(alleen(?! maar)|niemand thuis)\b.{0,120}\b(kind\w*|kids?|baby\w*|peuter\w*|kleuter\w*)\b/,
    /\b(kind\w*|baby\w*|peuter\w*|kleuter\w*)\b.{0,120}\bouders (\w+ ){0,3}(nergens|weg|vertrokken|niet thuis)\b/,
    /\b(kind\w*|baby\w*|peuter\w*|kleuter\w*|dreumes\w*)\b.{0,120}\b(niemand (doet|deed) open|(mama|mamma|moeder|papa|pappa|vader|ouders?) (doet|doen) niet open|niemand (is )?binnen|niemand in de buurt|niemand erbij|geen (volwassenen?|ouders?) (te zien|in de buurt)|geen volwassenen?)\b/,
    /\b(kind\w*|baby\w*|peuter\w*|kleuter\w*|dreumes\w*)\b.{0,40}\bin (z n|zn|zijn|haar|d r|der) (eentje|uppie)\b/,
    // A child left in a hot or locked car, or on a busy road.
    /\b(kind\w*|baby\w*|peuter\w*|kleuter\w*)\b.{0,160}\bauto\b.{0,80}\b(zon|heet|hitte|warm|op slot|ramen dicht)\b|\bauto\b.{0,80}\b(zon|heet|hitte|op slot)\b.{0,80}\b(kind\w*|baby\w*|peuter\w*)\b/,
    /\b(kind\w*|peuter\w*|kleuter\w*)\b.{0,60}\b(op|over) de (ringweg|snelweg|rijbaan|weg|straat) (tussen|met) de auto s\b/,
    /\b(child|kid|toddler|baby|infant)\b.{0,120}\b(locked car|hot car|car in the sun|left in the car|in a car in the sun)\b|\b(child|kid|toddler|baby|infant)\b.{0,120}\bcar\b.{0,80}\b(boiling|hot|locked)\b/,
    // A small child at an open window or on a balcony rail, high up.
    /\b(kind\w*|peuter\w*|kleuter\w*|dreumes\w*|baby\w*)\b.{0,60}\b(vensterbank|raamkozijn|open raam|raam (staat )?open|balkonrand|over de reling|op de reling)\b/,
    /\b(child|kid|toddler|baby|little (boy|girl))\b.{0,60}\b(window ?(sill|ledge)|open window|balcony (rail|railing|edge)|on the roof)\b/,
    /\b(kind\w*|peuter\w*|kleuter\w*|jongetje|meisje) (\w+ ){0,2}op (het|een) dak\b/,
    /\b(baby\w*|pasgeboren\w*|newborn|zuigeling\w*)\b.{0,80}\b(gevonden|neergelegd|achtergelaten|found|left|abandoned)\b|\b(found|gevonden) (\w+ ){0,2}(a |een )?(baby|newborn|pasgeboren\w*)\b/,
    /\b(child|children|kid|kids|baby|babies|toddler|toddlers|infant|little (boy|girl))\b.{0,120}\b(alone|unattended|no one home|nobody home|on (his|her|their) own)\b/,
  ],
  'cry-for-help': [
    /\b(om|voor) hulp (\w+ )?(roep|roept|roepen|schreeuw|schreeuwt|schreeuwen|gil|gilt|gillen)\b/,
    /\b(roep|roept|roepen|schreeuw|schreeuwt|schreeuwen|gilt|gillen) (\w+ ){0,2}(om|voor) hulp\b/,
    /\bhelp help\b|\broept? help\b|\bhulpgeroep\b|\bgegil\b|\bgillen\b|\bgilt\b/,
    /\b(screaming|shouting|yelling|crying|calling|screams|shouts|yells|cries|calls) (out )?for help\b|\bhelp me\b|\bscreaming\b/,
    /\b(teken|signaal|gebaar) (\w+ ){0,3}(met|van) (haar|zijn) hand\b|\b(met|van) (haar|zijn) hand (\w+ ){0,3}(teken|signaal|gebaar)\b|\b(noodteken|noodsignaal|teken voor hulp)\b|\bduim (naar )?binnen\b|\b(help|hand) signal\b|\bsignal(led|ed|s)? for help\b|\b(schreeuwt|gilt|roept|screaming|shouting) (\w+ )?(nee nee|no no)\b/,
    /\b(papa|pappa|mama|mamma|vader|moeder) (\w+ ){0,2}pijn (\w+ )?(gedaan|doet)\b|\b(daddy|mummy|mommy|dad|mum|mom) hurt (mummy|mommy|daddy|mum|mom|dad|me)\b|\b(je|jij|u) doet (me|mij) pijn\b|\blaat (me|mij) los\b|\b(you re|youre|you are) hurting me\b|\bget off me\b/,
  ],
  fire: [
    /\bbrand ?gesticht\b|\bin (de )?(fik|brand) (gestoken|gezet)\b|\bsteekt (\w+ ){0,3}in (de fik|brand)\b|\b(staat|staan) (\w+ ){0,2}in (de fik|brand|lichterlaaie|vlammen)\b|\bvlammen slaan\b/,
    /\brook (\w+ ){0,3}(onder|uit) (de |het )?\w*(deur|raam|ramen|woning)\b|\brookontwikkeling\b|\bsmoke (\w+ ){0,2}(coming|pouring) (out|from|under)\b/,
    /\b(jerrycan|benzine|petrol) (\w+ ){0,3}(in zijn hand|in haar hand|bij zich|over)\b|\b(giet|gooit|pours?|pouring) (\w+ ){0,2}(benzine|petrol)\b|\b(holding|has) (a )?(jerry ?can|petrol can)\b|\bsteek (ik )?(\w+ ){0,3}in (de fik|brand)\b/,
    /\bset (\w+ ){0,3}on fire\b|\b(himself|herself|themselves) (\w+ ){0,2}(alight|on fire)\b|\bzichzelf (\w+ ){0,3}in (de fik|brand)\b|\b(is|s|are|re) on fire\b|\bfire is spreading\b|\barson\b/,
  ],
};
