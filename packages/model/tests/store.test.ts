import type { ArticleMeta, Extraction } from '@dossier/ingest';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  actors,
  documents,
  evidence,
  type IngestEvent,
  InputError,
  ingestDocument,
  meetingParticipants,
  meetings,
  meetingWhere,
  openStore,
  type Store,
  searchRecords,
  statements,
} from '../src/index.js';
import { createPostgresTestStore, createTestStore, resetTestStore } from '../src/testing.js';
import { extraction, meeting, org, person, place, span, statement } from './helpers.js';

// Two invented reports of one meeting, told differently (names are fictional).
const A =
  'Defence ministers Ivan Dorin of Russia and Olga Marsh of Serbia met in Vienna during the session of the Joint Defence Council. ' +
  "Dorin wrote on Telegram that the talks were 'frank and useful for both capitals'.";
const B =
  'The talks in Vienna between Russian Defense Minister Ivan Dorin and his Serbian colleague Olga Marsh lasted two hours. ' +
  'Dorin called the talks frank and useful for both capitals, according to his Telegram post.';

function extractA(text: string): Extraction {
  return extraction({
    places: [
      place({
        ref: 'l1',
        key: 'place:country:RU',
        name: 'Russia',
        countryCode: 'RU',
        evidence: [span(text, 'Russia')],
      }),
      place({
        ref: 'l2',
        key: 'place:country:RS',
        name: 'Serbia',
        countryCode: 'RS',
        evidence: [span(text, 'Serbia')],
      }),
      place({
        ref: 'l3',
        key: 'place:city:AT:vienna',
        name: 'Vienna',
        placeKind: 'city',
        countryCode: 'AT',
        evidence: [span(text, 'Vienna')],
      }),
    ],
    organizations: [
      org({
        ref: 'o1',
        key: 'org:joint defense council',
        name: 'Joint Defense Council',
        aliases: ['Joint Defence Council'],
        orgKind: 'body',
        evidence: [span(text, 'Joint Defence Council')],
      }),
    ],
    persons: [
      person({
        ref: 'p1',
        key: 'person:dorin:i',
        name: 'Ivan Dorin',
        aliases: ['Dorin'],
        evidence: [span(text, 'Ivan Dorin'), span(text, 'Dorin', 120)],
        roles: [
          {
            title: 'Defence Minister',
            organization: null,
            country: 'l1',
            evidence: [span(text, 'Defence ministers')],
          },
        ],
      }),
      person({ ref: 'p2', key: 'person:marsh:o', name: 'Olga Marsh', evidence: [span(text, 'Olga Marsh')] }),
    ],
    meetings: [
      meeting({
        ref: 'm1',
        key: 'meeting:session::place:city:AT:vienna:',
        meetingKind: 'session',
        forum: 'o1',
        place: 'l3',
        evidence: [span(text, 'the session of the Joint Defence Council')],
      }),
      meeting({
        ref: 'm2',
        key: 'meeting:bilateral::place:city:AT:vienna:person:dorin:i,person:marsh:o',
        participants: ['p1', 'p2'],
        place: 'l3',
        within: 'm1',
        evidence: [span(text, 'Ivan Dorin of Russia and Olga Marsh of Serbia met in Vienna')],
      }),
    ],
    statements: [
      statement({
        ref: 's1',
        key: 'statement:person:dorin:i:the talks were frank',
        speaker: 'p1',
        channel: 'telegram',
        quote: 'frank and useful for both capitals',
        content: 'the talks were frank and useful for both capitals',
        about: 'm2',
        evidence: [
          span(text, "Dorin wrote on Telegram that the talks were 'frank and useful for both capitals'"),
        ],
      }),
    ],
  });
}

function extractB(text: string): Extraction {
  return extraction({
    places: [
      place({
        ref: 'l1',
        key: 'place:city:AT:vienna',
        name: 'Vienna',
        placeKind: 'city',
        countryCode: 'AT',
        evidence: [span(text, 'Vienna')],
      }),
      place({
        ref: 'l2',
        key: 'place:country:RU',
        name: 'Russia',
        countryCode: 'RU',
        evidence: [span(text, 'Russian')],
      }),
    ],
    persons: [
      // a bare surname first: it must join the full name stored by document A
      person({ ref: 'p3', key: 'person:dorin:', name: 'Dorin', evidence: [span(text, 'Dorin called')] }),
      person({
        ref: 'p1',
        key: 'person:dorin:i',
        name: 'Ivan Dorin',
        evidence: [span(text, 'Ivan Dorin')],
        roles: [
          {
            title: 'Defense Minister',
            organization: null,
            country: 'l2',
            evidence: [span(text, 'Defense Minister')],
          },
        ],
      }),
      person({ ref: 'p2', key: 'person:marsh:o', name: 'Olga Marsh', evidence: [span(text, 'Olga Marsh')] }),
    ],
    meetings: [
      meeting({
        ref: 'm1',
        key: 'meeting:bilateral::place:city:AT:vienna:person:dorin:i,person:marsh:o',
        participants: ['p1', 'p2'],
        place: 'l1',
        evidence: [span(text, 'The talks in Vienna between Russian Defense Minister Ivan Dorin')],
      }),
    ],
    statements: [
      statement({
        ref: 's1',
        key: 'statement:person:dorin:i:called the talks frank',
        speaker: 'p3',
        channel: 'telegram',
        content: 'called the talks frank and useful for both capitals',
        about: 'm1',
        evidence: [span(text, 'Dorin called the talks frank and useful for both capitals')],
      }),
    ],
  });
}

const extractor = (text: string, _meta: ArticleMeta) =>
  text.startsWith(A) ? extractA(text) : extractB(text);

// The remark of A told as one about the session itself, not about the talks held within it.
const S =
  'The Joint Defence Council sat in Vienna. Ivan Dorin wrote on Telegram that the session was frank and useful for both capitals.';
function extractS(text: string): Extraction {
  return extraction({
    places: [place({ ref: 'l3', key: 'place:city:AT:vienna', name: 'Vienna', placeKind: 'city' })],
    organizations: [
      org({ ref: 'o1', key: 'org:joint defense council', name: 'Joint Defense Council', orgKind: 'body' }),
    ],
    persons: [
      person({ ref: 'p1', key: 'person:dorin:i', name: 'Ivan Dorin', evidence: [span(text, 'Ivan Dorin')] }),
    ],
    meetings: [
      meeting({
        ref: 'm1',
        key: 'meeting:session::place:city:AT:vienna:',
        meetingKind: 'session',
        forum: 'o1',
        place: 'l3',
        evidence: [span(text, 'The Joint Defence Council sat in Vienna')],
      }),
    ],
    statements: [
      statement({
        ref: 's1',
        key: 'statement:person:dorin:i:the session was frank',
        speaker: 'p1',
        channel: 'telegram',
        quote: 'frank and useful for both capitals',
        content: 'the session was frank and useful for both capitals',
        about: 'm1',
        evidence: [span(text, 'frank and useful for both capitals')],
      }),
    ],
  });
}
const extractorWithS = (text: string, meta: ArticleMeta) =>
  text === S ? extractS(text) : extractor(text, meta);

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.warn('[model] TEST_DATABASE_URL is not set: the PostgreSQL store tests are skipped');

const backends: Array<[string, () => Promise<Store>, boolean]> = [
  ['PGlite', () => createTestStore(), true],
  ['PGlite in a worker thread', () => openStore('memory://'), true],
  ['PostgreSQL', () => createPostgresTestStore(pgUrl!), Boolean(pgUrl)],
];

describe.each(backends)('store on %s', (_name, open, enabled) => {
  // One store per backend, emptied before each test: each test starts from an empty store, as
  // it would from a new one, without paying for opening one (a second or two each).
  let store: Store;
  beforeAll(async () => {
    if (enabled) store = await open();
  });
  beforeEach(async () => {
    if (enabled) await resetTestStore(store);
  });
  afterAll(async () => {
    if (enabled) await store?.close();
  });
  const test = enabled ? it : it.skip;

  const rowCounts = async () => {
    const [d] = await store.db.select({ n: count() }).from(documents);
    const [a] = await store.db.select({ n: count() }).from(actors);
    const [m] = await store.db.select({ n: count() }).from(meetings);
    const [s] = await store.db.select({ n: count() }).from(statements);
    const [e] = await store.db.select({ n: count() }).from(evidence);
    return { documents: d!.n, actors: a!.n, meetings: m!.n, statements: s!.n, evidence: e!.n };
  };

  test('stores the text exactly and deduplicates it by content hash', async () => {
    const first = await ingestDocument(
      store,
      { text: A, title: 'Talks', publishedAt: '2025-03-04' },
      { extractor },
    );
    expect(first.created).toBe(true);
    expect(first.document.text).toBe(A);
    expect(first.document.publishedOn).toBe('2025-03-04');
    const before = await rowCounts();
    const again = await ingestDocument(store, { text: A }, { extractor });
    expect(again.created).toBe(false);
    expect(again.document.id).toBe(first.document.id);
    expect(await rowCounts()).toEqual(before);
  });

  test('merges persons, meetings and statements told by two documents', async () => {
    const a = await ingestDocument(store, { text: A, publishedAt: '2025-03-04' }, { extractor });
    const b = await ingestDocument(store, { text: B, publishedAt: '2025-03-05' }, { extractor });
    expect(a.summary.created).toMatchObject({
      persons: 2,
      places: 3,
      organizations: 1,
      meetings: 2,
      statements: 1,
    });
    expect(b.summary.created).toMatchObject({ persons: 0, meetings: 0, statements: 0, places: 0 });
    expect(b.summary.merged).toMatchObject({ persons: 2, meetings: 1, statements: 1 }); // Dorin twice is one row

    const persons = await store.db.query.actors.findMany({
      where: { kind: 'person' },
      orderBy: { id: 'asc' },
    });
    expect(persons.map((p) => [p.name, p.aliases])).toEqual([
      ['Ivan Dorin', ['Dorin']],
      ['Olga Marsh', []],
    ]);
    const bilateral = await store.db.query.meetings.findFirst({
      where: { kind: 'bilateral' },
      with: { participants: true, evidence: true, within: true, place: true },
    });
    expect(bilateral?.participants.map((p) => p.name).sort()).toEqual(['Ivan Dorin', 'Olga Marsh']);
    expect(new Set(bilateral?.evidence.map((e) => e.documentId))).toEqual(
      new Set([a.document.id, b.document.id]),
    );
    expect(bilateral?.within?.kind).toBe('session');
    expect(bilateral?.place?.name).toBe('Vienna');
    const said = await store.db.query.statements.findMany({ with: { evidence: true, speaker: true } });
    expect(said).toHaveLength(1);
    expect(said[0]?.speaker?.name).toBe('Ivan Dorin');
    expect(said[0]?.quote).toBe('frank and useful for both capitals');
    expect(said[0]?.evidence).toHaveLength(2);
  });

  test.each([
    ['the remark about the talks first', [A, S]],
    ['the remark about the session first', [S, A]],
  ])(
    'merges a remark about talks with the same remark about the session they were held within (%s)',
    async (_order, texts) => {
      for (const [i, text] of texts.entries())
        await ingestDocument(
          store,
          { text, publishedAt: `2025-03-0${i + 4}` },
          { extractor: extractorWithS },
        );
      const said = await store.db.query.statements.findMany({ with: { evidence: true } });
      expect(said).toHaveLength(1);
      expect(said[0]?.evidence).toHaveLength(2);
    },
  );

  test('keeps every evidence span an exact slice of its document', async () => {
    await ingestDocument(store, { text: A }, { extractor });
    await ingestDocument(store, { text: B }, { extractor });
    const rows = await store.db.query.evidence.findMany({ with: { document: true } });
    expect(rows.length).toBeGreaterThan(10);
    for (const e of rows) expect(e.document.text.slice(e.start, e.end)).toBe(e.exact);
  });

  test('leaves a row alone when a document adds nothing to it, and writes what it adds', async () => {
    // Rows such as countries are named by most documents: rewriting them on every ingest would
    // hold their row locks until commit and serialise concurrent writers.
    const xmin = async (key: string) => {
      const [row] = await store.db
        .select({ xmin: sql<string>`xmin::text` })
        .from(actors)
        .where(eq(actors.key, key));
      return row?.xmin;
    };
    const first =
      'VIENNA, March 4 — Austrian Foreign Minister Karl Weber met Czech Foreign Minister Jana Novak in Vienna on Monday.';
    const again =
      'Austrian Foreign Minister Karl Weber received Czech Foreign Minister Jana Novak in Vienna for talks on energy.';
    await ingestDocument(store, { text: first, publishedAt: '2025-03-04' });
    const keys = ['place:country:AT', 'person:weber:k'];
    const before = await Promise.all(keys.map(xmin));
    expect(before.every(Boolean)).toBe(true);
    await ingestDocument(store, { text: again, publishedAt: '2025-03-05' });
    expect(await Promise.all(keys.map(xmin))).toEqual(before);
    // a new spelling is an alias: that row is written
    await ingestDocument(store, {
      text: 'Austrian Foreign Minister Karel Weber met Czech Foreign Minister Jana Novak in Prague.',
      publishedAt: '2025-03-06',
    });
    const weber = await store.db.query.actors.findFirst({ where: { key: 'person:weber:k' } });
    expect(await xmin('person:weber:k')).not.toBe(before[1]);
    expect([weber?.name, ...(weber?.aliases ?? [])]).toEqual(
      expect.arrayContaining(['Karl Weber', 'Karel Weber']),
    );
  });

  test('does not merge retellings of an undated meeting published months apart', async () => {
    await ingestDocument(store, { text: A, publishedAt: '2025-03-04' }, { extractor });
    await ingestDocument(store, { text: B, publishedAt: '2025-09-30' }, { extractor });
    const [bilaterals] = await store.db
      .select({ n: count() })
      .from(meetings)
      .where(eq(meetings.kind, 'bilateral'));
    expect(bilaterals!.n).toBe(2);
  });

  test.each([
    [{ text: '' }, 'EMPTY_TEXT'],
    [{ text: ' \n\t ' }, 'EMPTY_TEXT'],
    [{ text: 'binary\u0000junk' }, 'INVALID_CHARACTERS'],
    [{ text: 'half a pair \uD83D here' }, 'INVALID_UNICODE'],
    [{ text: 'Fine text.', publishedAt: '2025-02-30' }, 'BAD_DATE'],
    [{ text: 'Fine text.', publishedAt: 'yesterday' }, 'BAD_DATE'],
    [{ text: 'Fine text.', url: 'not a url' }, 'BAD_URL'],
  ])('refuses %j with %s and writes nothing', async (input, code) => {
    const before = await rowCounts();
    await expect(ingestDocument(store, input, { extractor })).rejects.toMatchObject({ code });
    await expect(ingestDocument(store, input, { extractor })).rejects.toBeInstanceOf(InputError);
    expect(await rowCounts()).toEqual(before);
  });

  test('refuses text over the size limit', async () => {
    await expect(
      ingestDocument(store, { text: 'x'.repeat(101) }, { maxTextBytes: 100 }),
    ).rejects.toMatchObject({
      code: 'TEXT_TOO_LARGE',
    });
  });

  test('rolls back the whole document when merging fails half way', async () => {
    const before = await rowCounts();
    // The statement is merged last; a null content is refused by the table, after the
    // document, actors and meetings were already written inside the transaction.
    const failing = (text: string): Extraction => {
      const x = extractA(text);
      (x.statements[0] as { content: string | null }).content = null;
      return x;
    };
    await expect(ingestDocument(store, { text: A }, { extractor: failing })).rejects.toThrow();
    expect(await rowCounts()).toEqual(before);
  });

  test('the same documents ingested concurrently end as one graph', async () => {
    await Promise.all([
      ingestDocument(store, { text: A }, { extractor }),
      ingestDocument(store, { text: B }, { extractor }),
      ingestDocument(store, { text: A }, { extractor }),
      ingestDocument(store, { text: B }, { extractor }),
    ]);
    const counts = await rowCounts();
    expect(counts.documents).toBe(2);
    const people = await store.db.query.actors.findMany({ where: { kind: 'person' } });
    expect(people).toHaveLength(2);
    expect(counts.meetings).toBe(2);
    expect(counts.statements).toBe(1);
    const [links] = await store.db.select({ n: count() }).from(meetingParticipants);
    expect(links!.n).toBe(2);
  });

  test('tells subscribers which records a document created or added evidence to', async () => {
    const events: IngestEvent[] = [];
    const stop = await store.onIngest((e) => events.push(e));
    const a = await ingestDocument(store, { text: A }, { extractor });
    const b = await ingestDocument(store, { text: B }, { extractor });
    await vi.waitFor(() => expect(events).toHaveLength(2));
    await stop();
    expect(events.map((e) => e.documentId)).toEqual([a.document.id, b.document.id]);
    expect(events[0]!.records.filter((r) => r.type === 'Meeting' && r.created)).toHaveLength(2);
    expect(events[1]!.records).toContainEqual(expect.objectContaining({ type: 'Meeting', created: false }));
  });

  test('searches records and documents by their words, best first', async () => {
    await ingestDocument(store, { text: A }, { extractor });
    await ingestDocument(store, { text: B }, { extractor });
    const hits = await searchRecords(store.db, 'Dorin', { limit: 10, offset: 0 });
    expect(hits[0]).toMatchObject({ type: 'Person' });
    expect(hits.map((h) => h.type)).toEqual(expect.arrayContaining(['Person', 'Document', 'Meeting']));
    expect(await searchRecords(store.db, 'capitals frank', { limit: 10, offset: 0 })).toContainEqual(
      expect.objectContaining({ type: 'Statement' }),
    );
    expect(await searchRecords(store.db, '   ', { limit: 10, offset: 0 })).toEqual([]);
  });

  test('filters meetings by participant, country and kind', async () => {
    await ingestDocument(store, { text: A }, { extractor });
    const dorin = await store.db.query.actors.findFirst({ where: { name: 'Ivan Dorin' } });
    const russia = await store.db.query.actors.findFirst({ where: { key: 'place:country:RU' } });
    const byPerson = await store.db.query.meetings.findMany({
      where: meetingWhere({ participant: dorin!.id }),
    });
    expect(byPerson.map((m) => m.kind)).toEqual(['bilateral']);
    // Dorin's role is Russian: the meeting counts for Russia
    expect(
      await store.db.query.meetings.findMany({ where: meetingWhere({ country: russia!.id }) }),
    ).toHaveLength(1);
    expect(await store.db.query.meetings.findMany({ where: meetingWhere({ kind: 'session' }) })).toHaveLength(
      1,
    );
    expect(
      await store.db.query.meetings.findMany({ where: meetingWhere({ from: '2030-01-01' }) }),
    ).toHaveLength(0);
  });

  test('accepts an HTML page: stores its article text, and offsets point into that text', async () => {
    const html = `<html><head><title>Talks</title></head><body><nav>Home | World | Sport</nav>
      <article><p>${A}</p><p>A second paragraph with more reporting about the meeting.</p></article>
      <footer>All rights reserved</footer></body></html>`;
    const r = await ingestDocument(store, { text: html, format: 'html' }, { extractor });
    expect(r.document.sourceFormat).toBe('html');
    expect(r.document.title).toBe('Talks');
    expect(r.document.text.startsWith(A)).toBe(true);
    expect(r.document.text).not.toContain('<p>');
    expect(r.warnings[0]).toMatch(/HTML/);
    const spans = await store.db.query.evidence.findMany({ where: { documentId: r.document.id } });
    for (const e of spans) expect(r.document.text.slice(e.start, e.end)).toBe(e.exact);
  });

  test('reads text as text unless asked for HTML: tags mentioned in prose are kept, nothing is lost', async () => {
    const text =
      'Czech Foreign Minister Jana Novak met Slovak Foreign Minister Peter Hudak in Bratislava on Monday.\n' +
      'A web page marks a paragraph with <p>, a line break with <br> and a run of text with <span>; ' +
      'the ministers agreed that their two ministries would publish their joint statement in plain text.';
    const r = await ingestDocument(store, { text, publishedAt: '2025-03-06' });
    expect(r.document.sourceFormat).toBe('text');
    expect(r.document.text).toBe(text);
    expect(r.warnings.join(' ')).not.toMatch(/HTML/);
    const stored = await store.db.query.meetings.findMany();
    expect(stored.map((m) => m.kind)).toEqual(['bilateral']);
  });

  test('refuses HTML nested too deep, and an unknown format, with a code, writing nothing', async () => {
    const before = await rowCounts();
    const deep = `${'<div>'.repeat(50_000)}<p>${A}</p>${'</div>'.repeat(50_000)}`;
    await expect(ingestDocument(store, { text: deep, format: 'html' }, { extractor })).rejects.toMatchObject({
      code: 'HTML_TOO_DEEP',
    });
    const wrong = { text: A, format: 'pdf' } as unknown as Parameters<typeof ingestDocument>[1];
    await expect(ingestDocument(store, wrong, { extractor })).rejects.toMatchObject({ code: 'BAD_FORMAT' });
    expect(await rowCounts()).toEqual(before);
  });

  test('merges a sitting told as "of the alliance" with the same sitting of its council', async () => {
    const T1 =
      'Ministers gathered in Riga for the session of the Council of Defence Ministers of the Northern League.';
    const T2 = 'The Northern League session in Riga ended with a joint communiqué.';
    const orgs = (text: string, withCouncil: boolean) => [
      org({
        ref: 'o1',
        key: 'org:northern league',
        name: 'Northern League',
        orgKind: 'alliance',
        evidence: [span(text, 'Northern League')],
      }),
      ...(withCouncil
        ? [
            org({
              ref: 'o2',
              key: 'org:council of defense ministers of the northern league',
              name: 'Council of Defense Ministers of the Northern League',
              orgKind: 'body',
              parent: 'o1',
              evidence: [span(text, 'Council of Defence Ministers')],
            }),
          ]
        : []),
    ];
    const riga = (text: string) =>
      place({
        ref: 'l1',
        key: 'place:city:LV:riga',
        name: 'Riga',
        placeKind: 'city',
        evidence: [span(text, 'Riga')],
      });
    const byText = (text: string): Extraction =>
      text === T1
        ? extraction({
            places: [riga(text)],
            organizations: orgs(text, true),
            meetings: [
              meeting({
                ref: 'm1',
                key: 'meeting:session:council',
                meetingKind: 'session',
                forum: 'o2',
                place: 'l1',
                evidence: [span(text, 'the session of the Council')],
              }),
            ],
          })
        : extraction({
            places: [riga(text)],
            organizations: orgs(text, false),
            meetings: [
              meeting({
                ref: 'm1',
                key: 'meeting:session:league',
                meetingKind: 'session',
                forum: 'o1',
                place: 'l1',
                evidence: [span(text, 'The Northern League session in Riga')],
              }),
            ],
          });
    // the general telling first: the specific one must still join it, and sharpen its forum
    await ingestDocument(store, { text: T2 }, { extractor: byText });
    await ingestDocument(store, { text: T1 }, { extractor: byText });
    const sittings = await store.db.query.meetings.findMany({ with: { forum: true, evidence: true } });
    expect(sittings).toHaveLength(1);
    expect(sittings[0]?.forum?.name).toBe('Council of Defense Ministers of the Northern League');
    expect(sittings[0]?.evidence).toHaveLength(2);
  });

  test.each([
    ['the telling with participants first', true],
    ['the telling without participants first', false],
  ])(
    'merges a sitting told with its participants and the same forum’s sitting told without them (%s)',
    async (_label, withFirst) => {
      const T1 =
        'Ministers Arvid Lind and Jonas Berg sat in the session of the Council of Defence Ministers of the Northern League.';
      const T2 = 'The Northern League session ended with a joint communiqué.';
      const league = (text: string) =>
        org({
          ref: 'o1',
          key: 'org:northern league',
          name: 'Northern League',
          orgKind: 'alliance',
          evidence: [span(text, 'Northern League')],
        });
      const byText = (text: string): Extraction =>
        text === T1
          ? extraction({
              persons: [
                person({
                  ref: 'p1',
                  key: 'person:lind:a',
                  name: 'Arvid Lind',
                  evidence: [span(text, 'Arvid Lind')],
                }),
                person({
                  ref: 'p2',
                  key: 'person:berg:j',
                  name: 'Jonas Berg',
                  evidence: [span(text, 'Jonas Berg')],
                }),
              ],
              organizations: [
                league(text),
                org({
                  ref: 'o2',
                  key: 'org:council of defense ministers of the northern league',
                  name: 'Council of Defense Ministers of the Northern League',
                  orgKind: 'body',
                  parent: 'o1',
                  evidence: [span(text, 'Council of Defence Ministers')],
                }),
              ],
              meetings: [
                meeting({
                  ref: 'm1',
                  key: 'meeting:session:lind-berg',
                  meetingKind: 'session',
                  forum: 'o2',
                  participants: ['p1', 'p2'],
                  evidence: [span(text, 'the session of the Council')],
                }),
              ],
            })
          : extraction({
              organizations: [league(text)],
              meetings: [
                meeting({
                  ref: 'm1',
                  key: 'meeting:session:league',
                  meetingKind: 'session',
                  forum: 'o1',
                  evidence: [span(text, 'The Northern League session')],
                }),
              ],
            });
      for (const text of withFirst ? [T1, T2] : [T2, T1])
        await ingestDocument(store, { text }, { extractor: byText });
      const sittings = await store.db.query.meetings.findMany({ with: { evidence: true } });
      expect(sittings).toHaveLength(1);
      expect(sittings[0]?.evidence).toHaveLength(2);
    },
  );

  test('keeps two statements of one document apart, even by one speaker about the same actors', async () => {
    const T =
      'Dorin said Serbia and Austria trust each other. Later Dorin said Serbia and Austria will hold exercises.';
    const two = (text: string): Extraction =>
      extraction({
        places: [
          place({ ref: 'l1', key: 'place:country:RS', name: 'Serbia', evidence: [span(text, 'Serbia')] }),
          place({ ref: 'l2', key: 'place:country:AT', name: 'Austria', evidence: [span(text, 'Austria')] }),
        ],
        persons: [
          person({ ref: 'p1', key: 'person:dorin:', name: 'Dorin', evidence: [span(text, 'Dorin')] }),
        ],
        statements: [
          statement({
            ref: 's1',
            key: 'statement:a',
            speaker: 'p1',
            content: 'Serbia and Austria trust each other',
            mentions: ['l1', 'l2'],
            evidence: [span(text, 'Dorin said Serbia and Austria trust each other')],
          }),
          statement({
            ref: 's2',
            key: 'statement:b',
            speaker: 'p1',
            content: 'Serbia and Austria will hold exercises',
            mentions: ['l1', 'l2'],
            evidence: [span(text, 'Dorin said Serbia and Austria will hold exercises')],
          }),
        ],
      });
    const r = await ingestDocument(store, { text: T }, { extractor: two });
    expect(r.summary.created.statements).toBe(2);
    expect(await store.db.query.statements.findMany()).toHaveLength(2);
  });
});
