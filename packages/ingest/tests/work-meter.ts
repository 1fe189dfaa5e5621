// Counts the work of a call without a clock: while `fn` runs, the string searches and slices and
// the array scans it makes through the built-ins report how many characters or elements they
// visit. A rule that rescans the text (or every hit) for each candidate shows up as work growing
// faster than the input; the count is the same on every machine, so a test can hold it to a ratio.
type Method = (this: unknown, ...args: unknown[]) => unknown;

const STRING_SCANS = ['indexOf', 'lastIndexOf', 'includes', 'slice', 'substring'] as const;
/** Array methods that call back once per element they visit. */
const ARRAY_CALLBACKS = [
  'filter',
  'find',
  'findIndex',
  'findLast',
  'some',
  'every',
  'map',
  'forEach',
  'reduce',
];
/** Array methods that visit elements without a callback. */
const ARRAY_SCANS = ['indexOf', 'lastIndexOf', 'includes', 'reverse', 'slice'];

/** Runs `fn` and returns the work it did, in characters and elements visited. */
export function countWork(fn: () => void): number {
  let work = 0;
  const restore: Array<() => void> = [];
  const wrap = (proto: object, name: string, method: (original: Method) => Method): void => {
    const table = proto as Record<string, Method>;
    const original = table[name] as Method;
    table[name] = method(original);
    restore.push(() => {
      table[name] = original;
    });
  };
  const counted =
    (cost: (self: unknown, args: unknown[], result: unknown) => number) =>
    (original: Method): Method =>
      function (this: unknown, ...args: unknown[]) {
        const result = original.apply(this, args);
        work += cost(this, args, result);
        return result;
      };
  for (const name of STRING_SCANS)
    wrap(
      String.prototype,
      name,
      counted((self, args, result) =>
        name === 'slice' || name === 'substring'
          ? String(result).length
          : name === 'includes'
            ? String(self).length
            : searchDistance(String(self), name, args, result as number),
      ),
    );
  for (const name of ARRAY_CALLBACKS)
    wrap(
      Array.prototype,
      name,
      (original) =>
        function (this: unknown, callback: unknown, ...rest: unknown[]) {
          const visit = (...a: unknown[]): unknown => {
            work++;
            return (callback as Method).apply(undefined, a);
          };
          return original.call(this, typeof callback === 'function' ? visit : callback, ...rest);
        },
    );
  for (const name of ARRAY_SCANS)
    wrap(
      Array.prototype,
      name,
      counted((self, _args, result) => {
        const length = Array.isArray(self) ? self.length : 0;
        if (name === 'slice') return Array.isArray(result) ? result.length : 0;
        if (name === 'indexOf' && typeof result === 'number' && result >= 0) return result + 1;
        return length;
      }),
    );
  try {
    fn();
  } finally {
    for (const r of restore.reverse()) r();
  }
  return work;
}

/** How far `indexOf`/`lastIndexOf` read: from where it started to where it stopped. */
function searchDistance(text: string, name: string, args: unknown[], found: number): number {
  const from = typeof args[1] === 'number' ? args[1] : name === 'indexOf' ? 0 : text.length;
  if (name === 'indexOf') return (found < 0 ? text.length : found) - Math.max(0, from);
  return Math.min(from, text.length) - Math.max(found, 0);
}
