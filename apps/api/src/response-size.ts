// A limit on the size of one response: a query that would answer with more than
// `maxResponseBytes` of JSON gets one error with the stable code RESPONSE_TOO_LARGE instead,
// so that no single answer can be made as large as the store.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** Serialized size of a result in UTF-8 bytes, measured once per result object. */
const measured = new WeakMap<object, number>();
export function responseBytes(result: object): number {
  let bytes = measured.get(result);
  if (bytes === undefined) {
    bytes = Buffer.byteLength(JSON.stringify(result) ?? '', 'utf8');
    measured.set(result, bytes);
  }
  return bytes;
}

export function responseSizePlugin(maxResponseBytes: number = DEFAULT_MAX_RESPONSE_BYTES): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !isPlainResult(result)) return;
      const bytes = responseBytes(result);
      if (bytes <= maxResponseBytes) return;
      setResult({
        errors: [
          new GraphQLError(
            `The response would be ${bytes} bytes; the limit is ${maxResponseBytes}. ` +
              'Ask for fewer records (a smaller first) or fewer fields (document text above all).',
            { extensions: { code: 'RESPONSE_TOO_LARGE' } },
          ),
        ],
      });
    },
  };
}

function isPlainResult(result: unknown): result is object {
  return typeof result === 'object' && result !== null && !(Symbol.asyncIterator in result);
}
