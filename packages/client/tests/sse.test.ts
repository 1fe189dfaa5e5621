import { describe, expect, it } from 'vitest';
import { readServerSentEvents } from '../src/sse.js';

function stream(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: string[]) {
  const events = [];
  for await (const event of readServerSentEvents(stream(chunks))) events.push(event);
  return events;
}

describe('readServerSentEvents', () => {
  it('reads events split anywhere across chunks, skipping keep-alive comments', async () => {
    expect(
      await collect([
        ':\n\n',
        'event: ne',
        'xt\ndata: {"data":',
        '{"a":1}}\n',
        '\nevent: complete\r\ndata:\r\n\r\n',
      ]),
    ).toEqual([
      { event: 'next', data: '{"data":{"a":1}}' },
      { event: 'complete', data: '' },
    ]);
  });

  it('joins multi-line data and reads a last event without a blank line', async () => {
    expect(await collect(['data: one\ndata: two\n\ndata: é'])).toEqual([
      { event: 'message', data: 'one\ntwo' },
      { event: 'message', data: 'é' },
    ]);
  });
});
