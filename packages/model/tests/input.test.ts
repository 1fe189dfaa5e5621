// Metadata is checked strictly before anything is written: a date the database could not
// store, an impossible time or a URL that is not a web address is refused with its code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, ingestDocument, isoDay, type Store } from '../src/index.js';
import { createTestStore } from '../src/testing.js';

describe('isoDay', () => {
  it.each([
    ['2024-05-16', '2024-05-16'],
    ['0001-01-01', '0001-01-01'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31'],
    ['2024-05-16T09:30:00+14:00', '2024-05-16'],
    ['2024-05-16 09:30', '2024-05-16'],
  ])('takes %s as the day %s', (value, day) => {
    expect(isoDay(value)).toBe(day);
  });

  it.each([
    '0000-01-01',
    '2024-01-01T25:61:00Z',
    '2024-01-01T24:00:00Z',
    '2024-01-01T12:60:00Z',
    '2024-01-01T12:00:60Z',
    '2024-01-01T12:00:00+25:00',
    '2024-02-30',
    '10000-01-01',
  ])('refuses %s', (value) => {
    expect(isoDay(value)).toBeNull();
  });
});

describe('ingestDocument metadata', () => {
  let store: Store;
  beforeAll(async () => {
    store = await createTestStore();
  }, 30_000);
  afterAll(() => store?.close());

  const refusal = async (input: Parameters<typeof ingestDocument>[1]) => {
    const error = await ingestDocument(store, input).catch((e: unknown) => e);
    return error instanceof InputError ? error.code : error;
  };

  it.each([
    [{ publishedAt: '0000-01-01' }, 'BAD_DATE'],
    [{ publishedAt: '2024-01-01T25:61:00Z' }, 'BAD_DATE'],
    [{ url: 'javascript:alert(1)' }, 'BAD_URL'],
    [{ url: 'data:text/html,<b>hi</b>' }, 'BAD_URL'],
    [{ url: 'ftp://example.org/a.txt' }, 'BAD_URL'],
    [{ url: 'file:///etc/passwd' }, 'BAD_URL'],
  ])('refuses %j with %s before writing', async (meta, code) => {
    expect(await refusal({ text: 'Some article text.', ...meta })).toBe(code);
  });

  it('stores the extremes it accepts', async () => {
    const result = await ingestDocument(store, {
      text: 'Another article text.',
      publishedAt: '0001-01-01T00:00:00Z',
      url: 'https://example.org/a?b=c#d',
    });
    expect(result.document).toMatchObject({ publishedOn: '0001-01-01', url: 'https://example.org/a?b=c#d' });
  });
});
