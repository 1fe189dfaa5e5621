import type { ReactNode } from 'react';
import { downloadCsv } from './csv.ts';
import { routeHash, type Tab } from './route.ts';
import type { AsyncState } from './useAsync.ts';

export function ListItem(props: {
  tab: Tab;
  id: string;
  selected: boolean;
  testId: string;
  query?: string;
  children: ReactNode;
}) {
  return (
    <li
      className={props.selected ? 'item selected' : 'item'}
      data-testid={props.testId}
      data-record-id={props.id}
    >
      <a
        href={routeHash({ tab: props.tab, recordId: props.id, query: props.query ?? '' })}
        aria-current={props.selected ? 'true' : undefined}
      >
        {props.children}
      </a>
    </li>
  );
}

export function ListFooter(props: {
  state: AsyncState<unknown>;
  shown: number;
  total?: number | undefined;
  noun: string;
  plural?: string;
}) {
  if (props.state.status === 'failed')
    return (
      <p className="error" role="alert">
        Could not load: {props.state.error.message}
      </p>
    );
  if (props.state.status === 'loading' && props.state.data === undefined)
    return <p className="count muted">Loading…</p>;
  const plural = (n: number) => `${n} ${n === 1 ? props.noun : (props.plural ?? `${props.noun}s`)}`;
  return (
    <p className="count" data-testid="count">
      {props.total !== undefined && props.total !== props.shown
        ? `${props.shown} shown of ${plural(props.total)}`
        : plural(props.shown)}
    </p>
  );
}

/** Downloads the rows the panel lists now (its server filter and its words), as CSV. */
export function CsvButton(props: { noun: string; count: number; csv: () => string }) {
  const day = new Date().toISOString().slice(0, 10);
  return (
    <button
      type="button"
      className="csv"
      data-testid="csv"
      disabled={props.count === 0}
      title={`Download the ${props.count} ${props.noun} listed, as CSV`}
      onClick={() => downloadCsv(`dossier-${props.noun}-${day}.csv`, props.csv())}
    >
      CSV
    </button>
  );
}
