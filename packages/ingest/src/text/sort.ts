/**
 * `list.sort(compare)`, in place, returning `list`, except that a list of fewer than two items is
 * left alone (sorting it changes nothing). An empty array from a literal, `map` or `filter` has
 * another V8 elements kind than a filled one; sorting both at one call site makes the optimised
 * caller deoptimise ("wrong map") and the big extraction functions then pay a second compile.
 */
export function sortInPlace<T>(list: T[], compare?: (a: T, b: T) => number): T[] {
  // called through the prototype: no property load on `list`, so no map check that a packed or
  // holey array (V8's optimised `map` makes holey ones) can fail
  if (list.length > 1) arraySort.call(list, compare as Compare);
  return list;
}

type Compare = (a: unknown, b: unknown) => number;
const arraySort: (this: unknown[], compare?: Compare) => unknown[] = Array.prototype.sort;

/** Index of the first item of `list` (sorted by start) that starts after `pos` (binary search). */
export function firstStartingAfter<T extends { start: number }>(list: readonly T[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as T).start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
