import { describe, expect, it } from 'vitest';
import { coordinatedList } from '../../src/text/lists.js';
import { run } from '../helpers.js';

const names = (x: ReturnType<typeof run>, refs: string[]): Array<string | null> =>
  refs.map((r) => x.nameOf(r));

describe('coordinatedList', () => {
  it('reads "A, B and C" as three items', () => {
    const text = 'the envoys of Chile, Peru and Bolivia arrived';
    const items = coordinatedList(text, text.indexOf('Chile'));
    expect(items.map((i) => text.slice(i.start, i.end))).toEqual(['Chile', 'Peru', 'Bolivia']);
  });
  it('does not read an open enumeration without "and" as a list', () => {
    const text = 'Chile, Peru, Bolivia';
    expect(coordinatedList(text, 0)).toEqual([]);
  });
  it('reads a group of countries by its plural noun as one item: "the Nordic and Baltic countries, Germany and Poland"', () => {
    const text = 'ministers of the Nordic and Baltic countries, Germany, Poland and the EU met';
    const items = coordinatedList(text, text.indexOf('the Nordic'));
    expect(items.map((i) => text.slice(i.start, i.end))).toEqual([
      'the Nordic and Baltic countries',
      'Germany',
      'Poland',
      'the EU',
    ]);
  });
  it('near-miss: "Chile and Peru" with no plural noun after them are two items', () => {
    const text = 'the envoys of Chile and Peru arrived';
    const items = coordinatedList(text, text.indexOf('Chile'));
    expect(items.map((i) => text.slice(i.start, i.end))).toEqual(['Chile', 'Peru']);
  });
});

describe('attendance after a sitting', () => {
  it('adds the persons listed under a participants heading', () => {
    const x = run(
      [
        'A session of the Council of Foreign Ministers of the Andean Community took place in Lima.',
        'Those present at the session were:',
        '- Foreign Minister of Chile, Ana Rojas',
        '- Foreign Minister of Peru, Luis Paredes',
        'The ministers adopted a joint declaration.',
      ].join('\n'),
    );
    const m = x.meetings.find((r) => r.meetingKind === 'session');
    expect(names(x, m?.participants ?? [])).toEqual(expect.arrayContaining(['Ana Rojas', 'Luis Paredes']));
  });
  it('does not read a list under an unrelated heading', () => {
    const x = run(
      [
        'A session of the Council of Foreign Ministers of the Andean Community took place in Lima.',
        'The agenda covered three items:',
        '- trade, as Foreign Minister of Chile Ana Rojas proposed',
        '- migration',
      ].join('\n'),
    );
    const m = x.meetings.find((r) => r.meetingKind === 'session');
    expect(names(x, m?.participants ?? [])).not.toContain('Ana Rojas');
  });
  it('adds a leader and the countries whose leaders attended the summit', () => {
    const x = run(
      'Leaders of the Andean Community met in Quito on Friday for a summit. President Ana Rojas and the leaders of Peru, Bolivia and Colombia attended the summit, although Prime Minister Luis Paredes did not take part in the talks.',
    );
    const m = x.meetings.find((r) => r.meetingKind === 'summit');
    const who = names(x, m?.participants ?? []);
    expect(who).toEqual(expect.arrayContaining(['Ana Rojas', 'Peru', 'Bolivia', 'Colombia']));
    expect(who).not.toContain('Luis Paredes');
  });
  it('adds the host who greeted a guest at the summit', () => {
    const x = run(
      'President Ana Rojas of Chile has arrived at the summit of the Andean Community in Quito. The host of the summit, President Luis Paredes of Ecuador, greeted Ana Rojas at the entrance.',
    );
    const m = x.meetings.find((r) => r.meetingKind === 'summit');
    expect(names(x, m?.participants ?? [])).toEqual(expect.arrayContaining(['Ana Rojas', 'Luis Paredes']));
  });
  it('does not make attendees of persons named after a negation', () => {
    const x = run(
      'The summit of the Andean Community opened in Quito on Friday. Neither President Luis Paredes nor his ministers attended the summit.',
    );
    const m = x.meetings.find((r) => r.meetingKind === 'summit');
    expect(names(x, m?.participants ?? [])).not.toContain('Luis Paredes');
  });
});

describe('sittings told with their countries or on their sidelines', () => {
  it('takes the countries of "a meeting of the ministers of A, B and C"', () => {
    const x = run('A regular meeting of the trade ministers of Chile, Peru and Bolivia was held in Lima.');
    const m = x.meetings[0];
    expect(names(x, m?.participants ?? [])).toEqual(expect.arrayContaining(['Chile', 'Peru', 'Bolivia']));
  });
  it('does not take countries named outside a group of officials', () => {
    const x = run(
      'A regular meeting of the Andean Council was held in Lima, and Chile, Peru and Bolivia exported more copper.',
    );
    const m = x.meetings[0];
    expect(names(x, m?.participants ?? [])).not.toContain('Chile');
  });
  it('puts the pair that met on the sidelines of a summit at the summit', () => {
    const x = run(
      'President Ana Rojas and President Luis Paredes held talks on the sidelines of the Andean Community summit in Quito.',
    );
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(names(x, summit?.participants ?? [])).toEqual(
      expect.arrayContaining(['Ana Rojas', 'Luis Paredes']),
    );
  });
  it('does not move a venue-only repeat of a summit into a meeting of its own', () => {
    const x = run(
      'President Ana Rojas has arrived at the summit of the Andean Community in Quito. The summit is being held in the Palace of Independence.',
    );
    expect(x.meetings.filter((m) => m.meetingKind === 'summit')).toHaveLength(1);
  });
});

describe('presence lists, representatives and openers after a sitting', () => {
  const summitOf = (x: ReturnType<typeof run>) =>
    names(x, x.meetings.find((m) => m.meetingKind === 'summit')?.participants ?? []);
  it('presenceList: "Those present were A and B. Others are C" puts all three at the summit', () => {
    const x = run(
      'Leaders of the Andean Community gathered in Quito for a summit on the border crisis. The talks went on behind closed doors. Those present were President Ana Rojas of Chile and President Luis Paredes of Peru. Others are President Marta Quino of Bolivia.',
    );
    expect(summitOf(x)).toEqual(expect.arrayContaining(['Ana Rojas', 'Luis Paredes', 'Marta Quino']));
  });
  it('presenceListGoesOn: "Others are" with no presence list before it adds no one', () => {
    const x = run(
      'Leaders of the Andean Community gathered in Quito for a summit on the border crisis. Some wish the bloc well. Others are President Marta Quino of Bolivia and her allies, who doubt it.',
    );
    expect(summitOf(x)).not.toContain('Marta Quino');
  });
  it('presenceList: "Among the attendees are A" and "Among the delegations present was a team from C"', () => {
    const x = run(
      'The Andean Community summit opened in Quito on Friday. Among the attendees are President Ana Rojas of Chile. Trade was high on the agenda. Fishing quotas were discussed too. The chair thanked the hosts. A dinner followed. Among the many delegations present was a large team from Peru.',
    );
    expect(summitOf(x)).toEqual(expect.arrayContaining(['Ana Rojas', 'Peru']));
  });
  it('representedAtSitting: "the country is being represented by X" puts X there, not the one named before "but"', () => {
    const x = run(
      'Leaders of the Andean Community gathered in Quito for a summit. Bolivia has a new leader after President Marta Quino took office, but the country is being represented by Prime Minister Luis Paredes.',
    );
    const who = summitOf(x);
    expect(who).toContain('Luis Paredes');
    expect(who).not.toContain('Marta Quino');
  });
  it('openingSpeechAtSitting: who welcomed the leaders in his opening speech is at the summit', () => {
    const x = run(
      'Leaders of the Andean Community gathered in Quito for a summit. Trade was high on the agenda. President Luis Paredes praised the bloc in his opening speech.',
    );
    expect(summitOf(x)).toContain('Luis Paredes');
  });
  it('a speech with no opening in it puts no one at the summit', () => {
    const x = run(
      'Leaders of the Andean Community gathered in Quito for a summit. Trade was high on the agenda. President Luis Paredes praised the bloc in a speech at home.',
    );
    expect(summitOf(x)).not.toContain('Luis Paredes');
  });
});
