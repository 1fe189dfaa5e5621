import { useState } from 'react';
import { PAGE_SIZE } from './queries.ts';

/**
 * A panel's filter values and how many rows it asks for: changing a filter starts again from
 * one page, "show more" asks for one page more.
 */
export function useFilterPages<F extends Record<string, string>>(empty: F) {
  const [filter, setFilter] = useState(empty);
  const [first, setFirst] = useState(PAGE_SIZE);
  const set = (name: keyof F) => (value: string) => {
    setFilter((current) => ({ ...current, [name]: value }));
    setFirst(PAGE_SIZE);
  };
  return {
    filter,
    first,
    set,
    clear: () => setFilter(empty),
    more: () => setFirst((n) => n + PAGE_SIZE),
  };
}
