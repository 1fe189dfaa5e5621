import { describe, expect, it } from 'vitest';
import { channelOf } from '../../src/events/statements/channel.js';
import { run } from '../helpers.js';

const channels = (text: string): Array<[string | null, string | null]> => {
  const x = run(text);
  return x.statements.map((s) => [x.nameOf(s.speaker), s.channel]);
};

describe('a personal medium named once holds for the whole item', () => {
  it('gives a later statement the interview its speaker gave', () => {
    expect(
      channels(
        'Defence Minister Anna Berg of Norway gave an interview to a local broadcaster on Sunday. Berg said the drills would continue in spring.',
      ),
    ).toEqual([['Anna Berg', 'interview']]);
  });
  it('gives an earlier statement the account its speaker posted on', () => {
    expect(
      channels(
        'Defence Minister Anna Berg of Norway said the drills would continue. Later on, Berg posted the plan on her Twitter account.',
      ).map((s) => s[1]),
    ).toEqual(['x', 'x']);
  });
  it('does not give the medium when the sentence names two persons', () => {
    expect(
      channels(
        'Defence Minister Anna Berg of Norway and Foreign Minister Ole Lund of Norway gave an interview to a broadcaster. Berg said the drills would continue.',
      ),
    ).toEqual([['Anna Berg', null]]);
  });
});

describe('statements of any kind and readouts are press releases', () => {
  it('reads "in a separate statement" and "according to the readout" as a press release', () => {
    expect(
      channels(
        'The Kremlin said in a separate statement that the talks would resume. The two presidents agreed to meet again, according to the readout.',
      ).map((s) => s[1]),
    ).toEqual(['press_release', 'press_release']);
  });
  it('does not read a statement that is only the topic as a medium', () => {
    expect(
      channels(
        'Defence Minister Anna Berg of Norway said the statement of intent was still being drafted.',
      ).map((s) => s[1]),
    ).toEqual([null]);
  });
});

describe('statements', () => {
  it('reads the channel from the sentence and keeps it for the same speaker', () => {
    const x = run(
      'In an interview with a local channel, President Ivo Lahti said the plan was ready. Lahti added that funding was secured.',
    );
    expect(x.statements.map((s) => s.channel)).toEqual(['interview', 'interview']);
    expect(run('Minister Rein Toom wrote on X that the visit was over.').statements[0]?.channel).toBe('x');
    expect(
      run("The press service of Latvia's Ministry of Defence confirmed the visit on its Telegram channel.")
        .statements[0]?.channel,
    ).toBe('telegram');
  });
});

describe('attributes of statements', () => {
  it('a press service and its institution share the channel of the report', () => {
    const x = run(
      'The talks began, the Kremlin press service said in a statement. "Documents will be signed," the Kremlin said.',
    );
    expect(x.statements.map((s) => s.channel)).toEqual(['press_release', 'press_release']);
  });
});

describe('"Source: NAME on X": a person\'s medium for the whole item', () => {
  const said = 'Finnish Foreign Minister Aino Virta said the links were ready. Karl Berg agreed.';
  it('gives the person the platform named, though the line names another person too', () => {
    expect(channels(`${said}\nSource: Virta on X, photo: Karl Berg`)).toEqual([['Aino Virta', 'x']]);
  });
  it('names no medium when the source line names no platform', () => {
    expect(channels(`${said}\nSource: Virta at home, photo: Karl Berg`)).toEqual([['Aino Virta', null]]);
  });
});

describe('"according to a statement from the ministry": a press release', () => {
  it('names the press release', () => {
    const x = run(
      'Finnish Foreign Minister Aino Virta said the links were ready, according to a statement from the Finnish Foreign Ministry on Sunday.',
    );
    expect(x.statements.map((s) => s.channel)).toEqual(['press_release']);
  });
  it('names nothing for a statement that is only the topic', () => {
    const x = run(
      'Finnish Foreign Minister Aino Virta said the links were ready and discussed a statement on trade.',
    );
    expect(x.statements.map((s) => s.channel)).toEqual([null]);
  });
});

describe('"did not confirm reports posted on Telegram": the platform of others’ reports', () => {
  it('is not the speaker’s medium', () => {
    const x = run(
      'Kremlin spokesman Ivan Petrov did not confirm reports posted on Telegram that the envoys had met.',
    );
    expect(x.statements.map((s) => s.channel)).toEqual([null]);
  });
  it('while "wrote on Telegram" is', () => {
    const x = run('Kremlin spokesman Ivan Petrov wrote on Telegram that the envoys had met.');
    expect(x.statements.map((s) => s.channel)).toEqual(['telegram']);
  });
});

describe('channelOf: the medium one sentence names', () => {
  it('reads each medium, the first in order winning', () => {
    expect(channelOf('Virta wrote on X that the bridge would open.')).toBe('x');
    expect(channelOf('In a Telegram post and an interview, Virta said so.')).toBe('telegram');
    expect(channelOf('Virta told a news conference in Oulu that talks went well.')).toBe('press_conference');
    expect(channelOf('The committee said in a COMMUNIQUE that it agreed.')).toBe('press_release');
    expect(channelOf('The ministry’s press-service said the road would close.')).toBe('press_release');
  });
  it('names none for words that only contain a medium’s word', () => {
    expect(channelOf('Virta said the interviewers and the Xerox statements were late.')).toBe(null);
  });
});
