// Fictional articles written for these tests, and a hand-made extraction of the first one, so
// that the client's reads are tested on real records whatever the extractor finds today.
import type { Extraction, Span } from '@dossier/ingest';

export const TALLINN_ARTICLE = `Estonia and Finland plan a shared power reserve for the Gulf of Finland

TALLINN, May 6, 2025 — Estonian Prime Minister Liisa Kask met Finnish President Mikko Rantala in Tallinn on Tuesday to discuss ferry links, undersea cables and winter energy security.

The talks followed a cable fault in January that left parts of both coasts short of power for two days. Both countries belong to the Council of the Baltic Sea States (CBSS), which meets in Riga next month.

"We share one sea and one grid, so we will plan the next winter together," Kask told reporters after the meeting.

Rantala said Finland would send two repair ships to a joint standby fleet from October.
`;

export const VILNIUS_ARTICLE = `Lithuania and Poland agree to run joint rail inspections

VILNIUS, June 2, 2025 — Lithuanian Foreign Minister Rasa Petraite met her Polish counterpart Tomasz Wojcik in Vilnius on Monday to discuss rail freight, border crossings and flood defence on the Neris.

"Trains should not wait six hours at a border that two friends share," Petraite said at a joint press conference.
`;

/** The span of the n-th occurrence of `exact` in `text` (test data only: offsets are the truth). */
export function span(text: string, exact: string, occurrence = 0): Span {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) {
    start = text.indexOf(exact, start + 1);
    if (start < 0) throw new Error(`fixture: "${exact}" not found (occurrence ${occurrence})`);
  }
  return { start, end: start + exact.length, exact };
}

/** What a correct extractor returns for TALLINN_ARTICLE. */
export function tallinnExtraction(text: string): Extraction {
  const s = (exact: string, occurrence = 0) => span(text, exact, occurrence);
  const meetingSentence = s(
    'Estonian Prime Minister Liisa Kask met Finnish President Mikko Rantala in Tallinn on Tuesday to discuss ferry links, undersea cables and winter energy security.',
  );
  const quote = 'We share one sea and one grid, so we will plan the next winter together';
  return {
    sentences: [],
    mentions: [],
    persons: [
      {
        kind: 'person',
        ref: 'p1',
        key: 'person:liisa kask',
        name: 'Liisa Kask',
        aliases: ['Kask'],
        roles: [
          {
            title: 'Prime Minister',
            organization: null,
            country: 'l2',
            evidence: [s('Estonian Prime Minister Liisa Kask')],
          },
        ],
        evidence: [s('Liisa Kask'), s('Kask', 1)],
      },
      {
        kind: 'person',
        ref: 'p2',
        key: 'person:mikko rantala',
        name: 'Mikko Rantala',
        aliases: ['Rantala'],
        roles: [
          {
            title: 'President',
            organization: null,
            country: 'l3',
            evidence: [s('Finnish President Mikko Rantala')],
          },
        ],
        evidence: [s('Mikko Rantala'), s('Rantala', 1)],
      },
    ],
    organizations: [
      {
        kind: 'organization',
        ref: 'o1',
        key: 'org:council of the baltic sea states',
        name: 'Council of the Baltic Sea States',
        aliases: ['CBSS'],
        acronym: 'CBSS',
        orgKind: 'alliance',
        parent: null,
        members: ['l2', 'l3'],
        founded: null,
        country: null,
        evidence: [s('Council of the Baltic Sea States (CBSS)')],
      },
    ],
    places: [
      {
        kind: 'place',
        ref: 'l1',
        key: 'place:tallinn',
        name: 'Tallinn',
        aliases: [],
        placeKind: 'city',
        country: 'l2',
        countryCode: 'EE',
        evidence: [s('TALLINN'), s('Tallinn', 0)],
      },
      {
        kind: 'place',
        ref: 'l2',
        key: 'place:ee',
        name: 'Estonia',
        aliases: ['Estonian'],
        placeKind: 'country',
        country: null,
        countryCode: 'EE',
        evidence: [s('Estonia'), s('Estonian')],
      },
      {
        kind: 'place',
        ref: 'l3',
        key: 'place:fi',
        name: 'Finland',
        aliases: ['Finnish'],
        placeKind: 'country',
        country: null,
        countryCode: 'FI',
        evidence: [s('Finland'), s('Finnish')],
      },
    ],
    meetings: [
      {
        kind: 'meeting',
        ref: 'm1',
        key: 'meeting:2025-05-06:tallinn:kask+rantala',
        meetingKind: 'bilateral',
        status: 'held',
        participants: ['p1', 'p2'],
        place: 'l1',
        date: '2025-05-06',
        within: null,
        forum: null,
        topics: ['ferry links', 'undersea cables', 'winter energy security'],
        evidence: [meetingSentence, s('TALLINN, May 6, 2025')],
      },
    ],
    statements: [
      {
        kind: 'statement',
        ref: 's1',
        key: 'statement:kask:we share one sea',
        speaker: 'p1',
        channel: 'press_conference',
        quote,
        quoteSpan: s(quote),
        content: quote,
        about: 'm1',
        mentions: [],
        evidence: [s(`"${quote}," Kask told reporters after the meeting.`)],
      },
    ],
    language: 'en',
    warnings: [],
  };
}
