import type { Lang } from '../lang';

/**
 * Words that carry no topic: function words, question words and the filler of chat ("ff", "eigenlijk").
 * @remarks Written for questions, not for documents: "moet", "kan" and "wat" say nothing about which topic is
 * asked for. Words that do ("niet pluis", "alleen", "nu") are left to the danger detector, which reads the text
 * before the search does. Spelled without accents, as {@link foldText} leaves them.
 */
export const STOP_WORDS: Record<Lang, ReadonlySet<string>> = {
  nl: new Set(
    `aan al alle allemaal als altijd andere ben bij binnen daar dan dat de deze die dit doe doen door dus
    echt een eens eigenlijk en er even ff effe gaat gaan ge geen gewoon gij graag had hadden heb hebben hebt heeft
    hem het hier hij hoe hun ik in is ja je jij jou jouw jullie kan kun kunnen maar me men met mij mijn moet moeten
    mag mogen na naar niet niets nog nou nu of om onder ons onze ook op over precies s t toch tot u uit uw van veel
    voor waar wanneer waren was wat we wel welk welke werd wie wij wil willen word wordt worden zal ze zelf zich zij
    zijn zo zou zouden zoiets iets iemand keer erg heel hele best beetje hoor he hey hallo hoi vraag vraagje
    haar hen te toen nadat voordat daarna erbij alles overal naartoe niks ergens steeds tijd soort zeg dus weten weet
    vandaag gisteren morgen vorige volgende week weken dag dagen vanochtend vanmiddag vanavond laatst straks
    meest meeste der want omdat meer doch wezen reeds kon konden geweest eerder later weer alweer elk elke ieder
    iedere tijdens terwijl erop eraan ervan daarvan daarop daarover zn mn dr zon weg mevrouw meneer mevr mw dhr
    lijkt lijken leek leken doet deed deden gedaan moest moesten wilde wilden wou mocht mochten kunt wilt zult
    zullen wist wisten geweten kom komt komen kwam kwamen gekomen maak maakt maken maakte maakten gemaakt`.split(
      /\s+/,
    ),
  ),
  en: new Set(
    `a about after all am an and any are as at be been being but by can could did do does doing dont don for from
    get got had has have he her hers him his how i if im in into is it its just may me might must my no not now of
    on or our out please she should so some than that the their them then there these they this those to up us very
    was we were what whats when where which who whom why will with would you your yours s t ll re ve d hi hello
    hey thanks thank question anything something someone really everything want off take go going stay
    give keep keeps time like also too ok okay lot bit still ever even over
    today yesterday tomorrow last next week weeks day days tonight morning myself ours ourselves yourself
    yourselves himself herself itself theirs themselves having shall ought isn aren wasn weren hasn haven hadn
    doesn didn won wouldn shan shouldn cannot couldn mustn let lets because until while between through during
    before above below down under again further once here both each few more most other such nor only same mr
    mrs ms miss sir madam seem seems seemed appear appears appeared
    done gets getting gone make makes made making`.split(/\s+/),
  ),
};
