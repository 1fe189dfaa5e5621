// The meetings of one period, for the pictures that draw them all at once (the network, the map):
// a From/To filter and up to MOST_MEETINGS meetings, page by page, reloaded when `version` goes up.
import { compact } from './controls.tsx';
import { type Connection, loadPages } from './pages.ts';
import { useAsync } from './useAsync.ts';
import { useFilterPages } from './useFilterPages.ts';

/** The most meetings drawn at once; the legend or count says when a period holds more. */
const MOST_MEETINGS = 500;
const EMPTY = { from: '', to: '' };

/** What one page request sends: the page and the period's filter. */
export interface PeriodPage {
  first: number;
  after: string | null;
  filter: Partial<typeof EMPTY> | null;
}

export function usePeriodMeetings<Node>(
  page: (variables: PeriodPage, signal: AbortSignal) => Promise<Connection<Node>>,
  version: number,
) {
  const { filter, set, clear } = useFilterPages(EMPTY);
  const state = useAsync(
    async (signal) => {
      const pages = await loadPages(MOST_MEETINGS, (first, after) =>
        page({ first, after, filter: compact(filter) }, signal),
      );
      return { ...pages, period: `${filter.from}..${filter.to}` };
    },
    [JSON.stringify(filter), version],
  );
  return { filter, set, clear, state };
}
