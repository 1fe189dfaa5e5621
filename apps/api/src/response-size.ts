// A limit on the size of one response: a query that would answer with more than
// `maxResponseBytes` of JSON gets one error with the stable code RESPONSE_TOO_LARGE instead,
// so that no single answer can be made as large as the store.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** Serialized size of a result in UTF-8 bytes, measured once per result object. */
const measured = new WeakMap<object, number>();
export function responseBytes(result: object): number {
  return measure(result).bytes;
}

/** The size of `result`, and its JSON text when it was serialized to measure it just now. */
function measure(result: object): { bytes: number; text?: string } {
  const known = measured.get(result);
  if (known !== undefined) return { bytes: known };
  const text = JSON.stringify(result) ?? '';
  const bytes = Buffer.byteLength(text, 'utf8');
  measured.set(result, bytes);
  return { bytes, text };
}

/**
 * Hands yoga the text measured above, so the response is not serialized a second time: yoga's
 * result processor calls `result.stringify` when a result has one, with the result itself
 * unless it had to strip internals from its errors (then with a copy, which is serialized as
 * usual). The text is given once and then dropped, so a cached result does not keep it.
 */
function reuseText(result: object, text: string): void {
  let pending: string | undefined = text;
  const stringify = (value: unknown) => {
    if (value === result && pending !== undefined) {
      const once = pending;
      pending = undefined;
      return once;
    }
    return JSON.stringify(value);
  };
  Object.defineProperty(result, 'stringify', { value: stringify, configurable: true, writable: true });
}

export function responseSizePlugin(maxResponseBytes: number = DEFAULT_MAX_RESPONSE_BYTES): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !isPlainResult(result)) return;
      const { bytes, text } = measure(result);
      if (bytes <= maxResponseBytes) {
        if (text !== undefined && Object.isExtensible(result)) reuseText(result, text);
        return;
      }
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
