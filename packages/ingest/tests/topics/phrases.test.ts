import { describe, expect, it } from 'vitest';
import { topicPhrases } from '../../src/events/topics/phrases.js';
import {
  agendaIncluded,
  discussedObject,
  passiveDiscussed,
  signedDocument,
} from '../../src/events/topics/rules.js';

function phrases(sentence: string): string[] {
  return [...discussedObject.find(sentence), ...passiveDiscussed.find(sentence)].flatMap((cue) =>
    topicPhrases(sentence, cue).map((p) => sentence.slice(p.start, p.end)),
  );
}

describe('topic phrases', () => {
  it('splits a coordinated list, "as well as" included', () => {
    expect(phrases('They discussed tariffs, fishing rights, and the canal, as well as tourism.')).toEqual([
      'tariffs',
      'fishing rights',
      'canal',
      'tourism',
    ]);
  });
  it('stops at an attribution whose speaker has a long appositive title', () => {
    expect(
      phrases(
        'The envoys met to discuss fishing quotas and port fees, Ana Rojas, spokeswoman of the Chilean foreign ministry’s maritime affairs directorate, said on Friday.',
      ),
    ).toEqual(['fishing quotas', 'port fees']);
  });
  it('keeps a named list item that no attribution follows', () => {
    expect(phrases('The envoys discussed fishing quotas, Port Vale, the new dock, and tolls.')).toContain(
      'Port Vale',
    );
  });
  it('keeps coordinated modifiers with their noun', () => {
    expect(phrases('The envoys discussed economic and cultural ties.')).toEqual([
      'economic and cultural ties',
    ]);
  });
  it('joins a short object to its preposition, except in a comma list', () => {
    expect(phrases('They discussed cooperation in farming and regional trade.')).toEqual([
      'cooperation in farming and regional trade',
    ]);
    expect(phrases('They discussed fish quotas, the war in Sudan and climate change.')).toEqual([
      'fish quotas',
      'war in Sudan',
      'climate change',
    ]);
  });
  it('keeps a list of names after "between" together', () => {
    expect(phrases('They discussed the rail link between Latvia, Lithuania and Poland.')).toEqual([
      'rail link between Latvia, Lithuania and Poland',
    ]);
  });
  it('stops at a subordinate clause, an attribution and a time adverbial', () => {
    expect(phrases('They discussed the dam project, which has been delayed for years.')).toEqual([
      'dam project',
    ]);
    expect(phrases('The envoys discussed wheat prices, the agency reported.')).toEqual(['wheat prices']);
    expect(phrases('The mayors discussed parking fees on Tuesday.')).toEqual(['parking fees']);
  });
  it('drops a trailing "with X" that names the other party, not "relations with X"', () => {
    expect(phrases('He discussed the harvest with Minister Varga.')).toEqual(['harvest']);
    expect(phrases('He discussed relations with Chile.')).toEqual(['relations with Chile']);
  });
  it('drops "issues of" and fillers before the topic', () => {
    expect(phrases('The sides discussed, among other things, topical issues of water supply.')).toEqual([
      'water supply',
    ]);
  });
  it('reads nothing from pronouns, prepositions or empty words', () => {
    expect(phrases('They discussed it at length.')).toEqual([]);
    expect(phrases('They discussed various issues.')).toEqual([]);
    expect(phrases('In the morning, it was discussed again.')).toEqual([]);
  });
  it("skips an editor's bracketed insertion before the topic", () => {
    const sentence = 'We approved [at the council] the budget for harbours.';
    const x = [...signedDocument.find(sentence)].flatMap((cue) =>
      topicPhrases(sentence, cue).map((p) => sentence.slice(p.start, p.end)),
    );
    expect(x).toEqual(['budget for harbours']);
  });
  it('skips a time or place told between the verb and its object', () => {
    const sentence = 'The mayors signed on Friday in Bergen a charter on clean ports.';
    const x = signedDocument
      .find(sentence)
      .flatMap((cue) => topicPhrases(sentence, cue).map((p) => sentence.slice(p.start, p.end)));
    expect(x).toEqual(['charter on clean ports']);
  });
  it('skips a bare weekday or an abbreviated date before the object', () => {
    const read = (sentence: string): string[] =>
      signedDocument
        .find(sentence)
        .flatMap((cue) => topicPhrases(sentence, cue).map((p) => sentence.slice(p.start, p.end)));
    expect(read('The ASEAN ministers adopted Monday in Kuala Lumpur a plan for haze control.')).toEqual([
      'plan for haze control',
    ]);
    expect(read('The pact, signed Aug. 14 and ratified by both parliaments, took effect.')).toEqual([]);
  });
  it('keeps a short parenthetical inside the noun phrase, and cuts at a long one', () => {
    expect(phrases('They discussed the Mekong River Commission (MRC) budget and tariffs.')).toEqual([
      'Mekong River Commission (MRC) budget',
      'tariffs',
    ]);
    expect(
      phrases(
        'They discussed tariffs (which both sides said had risen far too fast since the spring) and ports.',
      ),
    ).toEqual(['tariffs']);
  });
  it('does not split the list of an infinitive clause into topics', () => {
    expect(
      phrases('The ministers discussed new rules to build a safer, cleaner, cheaper grid, and cut tariffs.'),
    ).toEqual(['new rules']);
  });
  it('reads what "how to" and "ways to" are about', () => {
    expect(phrases('Macron and Modi discussed how to expand defence industrial cooperation.')).toEqual([
      'expand defence industrial cooperation',
    ]);
    expect(phrases('They discussed ways to cut shipping costs.')).toEqual(['cut shipping costs']);
  });
  it("reads no topic from a meeting's own date or venue, nor from a bare document noun", () => {
    expect(phrases('The date of the talks was agreed upon in advance.')).toEqual([]);
    expect(phrases('The venue of the next summit was discussed.')).toEqual([]);
    expect(phrases('The treaty was discussed again.')).toEqual([]);
  });
  it('keeps a long phrase short', () => {
    const [one] = phrases(
      'They discussed the schedule of repairs of the northern section of the old coastal road near the harbour of the town.',
    );
    expect(one?.split(/\s+/).length).toBeLessThanOrEqual(12);
  });
  it('keeps gerund items of a listed agenda, and still cuts a participial clause elsewhere', () => {
    const agenda =
      'The agenda included the fisheries budget, raising the tuna quota, and renewing the coast guard accord.';
    expect(
      agendaIncluded
        .find(agenda)
        .flatMap((cue) => topicPhrases(agenda, cue).map((p) => agenda.slice(p.start, p.end))),
    ).toEqual(['fisheries budget', 'raising the tuna quota', 'renewing the coast guard accord']);
    expect(phrases('The ministers discussed the fisheries budget, raising the tuna quota.')).toEqual([
      'fisheries budget',
    ]);
  });
  it('splits "besides" and "in addition to" like a list, and drops "besides" before a topic', () => {
    expect(phrases('They discussed rail tariffs besides bilateral issues including wheat.')).toEqual([
      'rail tariffs',
      'wheat',
    ]);
    expect(phrases('Talks discussed fish stocks in addition to customs fees.')).toEqual([
      'fish stocks',
      'customs fees',
    ]);
    expect(phrases('Besides, a plan for river ports was discussed.')).toEqual(['plan for river ports']);
  });
  it('reads the items after "in sectors of" and "on how to"', () => {
    expect(
      phrases('They discussed the partnership, especially in sectors of shipbuilding and tourism.'),
    ).toEqual(['partnership', 'shipbuilding', 'tourism']);
    expect(phrases('The envoys discussed on how to deepen ties between Peru and Chile.')).toEqual([
      'deepen ties between Peru and Chile',
    ]);
  });
  it('keeps a bare noun of a comma list as its own item, and ends an item at ", and"', () => {
    expect(phrases('They discussed ports, space and rare earth minerals.')).toEqual([
      'ports',
      'space',
      'rare earth minerals',
    ]);
    expect(phrases('They discussed fish quotas, counter-terrorism, and people to people ties.')).toEqual([
      'fish quotas',
      'counter-terrorism',
      'people to people ties',
    ]);
  });
  it('ends a quoted object at its closing quote, and a topic before "with leaders of"', () => {
    expect(phrases('The two met to discuss "border trade and river ports" in Lima.')).toEqual([
      'border trade',
      'river ports',
    ]);
    expect(phrases('He discussed naval cooperation with leaders of Chile and Peru.')).toEqual([
      'naval cooperation',
    ]);
    expect(phrases('They discussed fish stocks at the Andean Ministers’ Meeting.')).toEqual(['fish stocks']);
  });
  it('reads what "the progress on" and "the state of" are about, not "deepen it"', () => {
    expect(phrases('The progress on a number of issues of river cooperation was discussed.')).toEqual([
      'river cooperation',
    ]);
    expect(phrases('They discussed ways to deepen it.')).toEqual([]);
    expect(phrases('They discussed the India-Peru Special & Privileged Partnership.')).toEqual([
      'India-Peru Special & Privileged Partnership',
    ]);
  });
  it('reads past a verb that opens a conjunct with "issues of", and drops a bare "state"', () => {
    expect(
      phrases('They discussed tariffs, raised issues of cooperation in shipbuilding and ports.'),
    ).toEqual(['tariffs', 'cooperation in shipbuilding', 'ports']);
    expect(phrases('They discussed the state, tariffs and ports.')).toEqual(['tariffs', 'ports']);
  });
  it('ends a topic where another clause of the subject begins, and at an attribution with an acronym', () => {
    expect(phrases('The envoys discussed port fees and assured each other of their support.')).toEqual([
      'port fees',
    ]);
    expect(phrases('They discussed port fees, the Foreign Office (FO) said.')).toEqual(['port fees']);
  });
  it('keeps "X following Y" as one agenda item, and reads past "U.S." and "tensions with"', () => {
    const agenda =
      'Other issues on the agenda included the harbour closure following the storm, as well as ferry fares.';
    expect(
      agendaIncluded
        .find(agenda)
        .flatMap((cue) => topicPhrases(agenda, cue).map((p) => agenda.slice(p.start, p.end))),
    ).toEqual(['harbour closure following the storm', 'ferry fares']);
    expect(phrases('They discussed tariff tensions with the U.S. under the new rules.')).toEqual([
      'tariff tensions with the U.S. under the new rules',
    ]);
  });
  it('reads the items after "a range of issues, including" and "issues such as"', () => {
    expect(
      phrases('The ministers discussed a range of issues, including rice prices and river dams.'),
    ).toEqual(['rice prices', 'river dams']);
    expect(phrases('They discussed regional issues such as rice prices.')).toEqual(['rice prices']);
  });
});

describe('topic phrases: readouts from anywhere (invented sentences)', () => {
  it('keeps "aimed at" inside the topic: it says what the talks are for', () => {
    expect(phrases('The ministers discussed peace talks aimed at ending the border war.')).toEqual([
      'peace talks aimed at ending the border war',
    ]);
  });
  it('a sentence adverb or "since" opens no topic, and "respectively" closes none', () => {
    expect(phrases('Finally, a pact on ferries was signed.')).toEqual(['pact on ferries']);
    expect(phrases('They discussed the port companies, Alfa and Beta respectively.')).toEqual([
      'port companies',
      'Alfa',
      'Beta',
    ]);
  });
  it('a participial clause after an adverb ends the topic', () => {
    expect(phrases('They discussed the regional situation, particularly focussing on the delta.')).toEqual([
      'regional situation',
    ]);
  });
  it('", AFP reports" ends the topic', () => {
    expect(phrases('They discussed easing tensions over fishing, Nordic Wire reports.')).toEqual([
      'easing tensions over fishing',
    ]);
  });
  it('"on the back of" ends the topic', () => {
    expect(phrases('They discussed wider cooperation on the back of their joint political will.')).toEqual([
      'wider cooperation',
    ]);
  });
  it('"later this year" ends the topic', () => {
    expect(phrases("They discussed the president's state visit to Oslo later this year.")).toEqual([
      "president's state visit to Oslo",
    ]);
  });
  it('"as the two countries push to ..." ends the topic', () => {
    expect(phrases('They discussed regional priorities as the two countries push to deepen ties.')).toEqual([
      'regional priorities',
    ]);
    expect(phrases('They discussed the port, as well as the ferries.')).toEqual(['port', 'ferries']);
    expect(phrases('They discussed sectors such as the blue economy and ports.')).toEqual([
      'blue economy',
      'ports',
    ]);
  });
});
