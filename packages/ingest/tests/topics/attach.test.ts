import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { run } from '../helpers.js';

describe('meeting topics', () => {
  it('gives the meeting its topics, each with the span it stands in and its sentence', () => {
    const text =
      'Foreign Minister Aino Virta met Foreign Minister Mart Kask in Tallinn on Tuesday. The sides discussed energy security and a ferry link across the gulf.';
    const x = run(text, { publishedAt: '2024-03-07' });
    expect(x.meetings).toHaveLength(1);
    const m = x.meetings[0];
    expect(m?.topics).toEqual(['energy security', 'ferry link across the gulf']);
    for (const t of m?.topicEvidence ?? []) {
      expect(text.slice(t.span.start, t.span.end)).toBe(t.topic);
      expect(text.slice(t.sentence.start, t.sentence.end)).toBe(t.sentence.exact);
      expect(t.rule).toBe('discussed-object');
    }
  });
  it('attaches a topic to the meeting whose parties the sentence names', () => {
    const x = run(
      'President Anna Lind met President Tomas Vrba in Riga. Later, Prime Minister Lena Holm spoke by phone with President Piotr Nowak.\nLind and Vrba discussed grain exports.',
    );
    const riga = x.meetings.find((m) => m.participants.some((p) => x.nameOf(p) === 'Anna Lind'));
    const call = x.meetings.find((m) => m.meetingKind === 'call');
    expect(riga?.topics).toEqual(['grain exports']);
    expect(call?.topics).toEqual([]);
  });
  it('follows "the two countries" back to the meeting told before', () => {
    const x = run(
      'President Anna Lind received President Tomas Vrba in Riga.\nIn the area of farming, the two countries signed a memorandum to support dairy cooperatives.',
    );
    expect(x.meetings[0]?.topics).toEqual(['memorandum to support dairy cooperatives']);
  });
  it('follows "the talks" back to the meeting told before', () => {
    const x = run(
      'Defence Minister Karl Berg met Defence Minister Jan Dvorak in Prague.\nThe talks focused on air defence.',
    );
    expect(x.meetings[0]?.topics).toEqual(['air defence']);
  });
  it('gives a topic whose trigger names the kind of meeting to a meeting of that kind', () => {
    const x = run(
      'President Anna Lind spoke by phone with President Tomas Vrba on Monday. The purpose of the call was to prepare a fisheries accord following the June 3 meeting of Estonian and Latvian foreign ministers in Riga.',
    );
    const call = x.meetings.find((m) => m.meetingKind === 'call');
    const other = x.meetings.filter((m) => m !== call);
    expect(call?.topics).toEqual(['prepare a fisheries accord']);
    for (const m of other) expect(m.topics).toEqual([]);
  });
  it('gives "They also discussed" and "Also on the agenda were" to the meeting told last', () => {
    const x = run(
      'President Anna Lind met President Tomas Vrba in Riga on Monday. The talks focused on grain exports.\n' +
        'On Tuesday, Prime Minister Lena Holm held talks with Prime Minister Piotr Nowak in Vilnius. They also discussed ferry fares. Also on the agenda were river dams, among other things.',
    );
    const riga = x.meetings.find((m) => m.participants.some((p) => x.nameOf(p) === 'Anna Lind'));
    const vilnius = x.meetings.find((m) => m.participants.some((p) => x.nameOf(p) === 'Lena Holm'));
    expect(riga?.topics).toEqual(['grain exports']);
    expect(vilnius?.topics).toEqual(['ferry fares', 'river dams']);
  });
  it('records no topic when no meeting is told', () => {
    const x = run('The parliament discussed the budget for schools.');
    expect(x.meetings).toEqual([]);
  });
  it('keeps topic spans exact on any input', () => {
    const words = fc.constantFrom(
      'met',
      'discussed',
      'talks on',
      'agreed on',
      'the agenda included',
      'were discussed',
      'President Anna Lind',
      'President Tomas Vrba',
      'and',
      ',',
      '.',
      '\n',
      'security',
      'the',
      '“',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const x = extract(text);
        for (const m of x.meetings)
          for (const t of m.topicEvidence ?? []) {
            if (text.slice(t.span.start, t.span.end) !== t.topic) return false;
            if (
              !m.topics.includes(t.topic) &&
              !m.topics.some((s) => s.toLowerCase() === t.topic.toLowerCase())
            )
              return false;
          }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('meeting topics: a sideline meeting over its frame', () => {
  it('gives "during the meeting" after a sideline meeting to that meeting, not the sitting around it', () => {
    const x = run(
      'Foreign Minister Aino Virta met Foreign Minister Mart Kask on the sidelines of the Baltic Council session in Vilnius on Tuesday.\nDuring the meeting, ferry tariffs and grid links were discussed.',
      { publishedAt: '2024-03-07' },
    );
    const sideline = x.meetings.find((m) => m.within);
    expect(sideline?.topics).toEqual(['ferry tariffs', 'grid links']);
    expect(x.meetings.find((m) => m.ref === sideline?.within)?.topics).toEqual([]);
  });
  it('keeps a topic on the sitting when the sentence speaks of the sitting', () => {
    const x = run(
      'Foreign Minister Aino Virta met Foreign Minister Mart Kask on the sidelines of the Baltic Council session in Vilnius on Tuesday.\nThe session participants discussed ferry tariffs.',
      { publishedAt: '2024-03-07' },
    );
    const sideline = x.meetings.find((m) => m.within);
    expect(sideline?.topics ?? []).toEqual([]);
    expect(x.meetings.find((m) => m.ref === sideline?.within)?.topics).toEqual(['ferry tariffs']);
  });
  it('keeps a topic on the sitting when its sideline meeting is told only later', () => {
    const x = run(
      'Foreign Minister Aino Virta took part in a meeting of Baltic foreign ministers in Vilnius, which discussed ferry tariffs.\nGrid links were discussed at a joint session with Finland within the meeting.',
      { publishedAt: '2024-03-07' },
    );
    const frame = x.meetings.find((m) => x.meetings.some((o) => o.within === m.ref)) ?? x.meetings[0];
    expect(frame?.topics).toContain('ferry tariffs');
  });
});
