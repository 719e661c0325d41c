import { asksWhatToDo } from './asks-what-to-do';

describe('asksWhatToDo', () => {
  it.each([
    'kind heeft steeds blauwe plekken, wat moet ik doen?',
    'ik zag een slot aan de buitenkant van de deur. Wat nu?',
    'wat kan ik hiermee',
    'wat moet ik daar nu mee',
    'wat doe ik dan?',
    'hoe moet ik handelen als een oudere geen eten krijgt',
    'hoe pak ik dit aan',
    'moet ik er iets mee doen?',
    'What should I do?',
    'the boy flinched when his father came in, what do I do now',
    'how should I respond to this',
    'what now',
  ])('hears a question what to do: %s', (text) => {
    expect(asksWhatToDo(text)).toBe(true);
  });

  it.each([
    'wat zijn signalen van kindermishandeling',
    'wat is het afwegingskader',
    'wie is onze aandachtsfunctionaris',
    'ik doe het morgen wel',
    'what are the signs of elder abuse',
    'what does Veilig Thuis do',
    '',
  ])('hears none in: %s', (text) => {
    expect(asksWhatToDo(text)).toBe(false);
  });
});
