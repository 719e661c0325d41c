import { detectLanguage } from './detect-language';
import { langFromLocale } from './lang';

describe('language', () => {
  it.each([
    ['wat moet ik doen als ik iets zie', 'nl'],
    ['kind zag er heel verwaarloosd uit', 'nl'],
    ['hoe doe ik een melding bij veilig thuis', 'nl'],
    ['what should I do if I see something', 'en'],
    ['how do I report to veilig thuis', 'en'],
    ['the kids looked dirty and hungry', 'en'],
  ])('reads "%s" as %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each(['meldcode', 'veilig thuis', '', '🙂', 'fgm'])('leaves "%s" undecided', (text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });

  it('takes English from en-* locales and Dutch otherwise', () => {
    expect(langFromLocale('en-US')).toBe('en');
    expect(langFromLocale('EN-gb')).toBe('en');
    expect(langFromLocale('nl-NL')).toBe('nl');
    expect(langFromLocale('de-DE')).toBe('nl');
    expect(langFromLocale(undefined)).toBe('nl');
  });
});
