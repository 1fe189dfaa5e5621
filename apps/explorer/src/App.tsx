import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { AlliancesPanel } from './AlliancesPanel.tsx';
import { dossier } from './client.ts';
import { MeetingsPanel } from './MeetingsPanel.tsx';
import { filterOptions } from './options.ts';
import { FilterOptionsQuery } from './queries.ts';
import { RecordView } from './RecordView.tsx';
import { parseRoute, routeHash, TABS, type Tab } from './route.ts';
import { SearchPanel } from './SearchPanel.tsx';
import { StatementsPanel } from './StatementsPanel.tsx';
import { TimelinePanel } from './TimelinePanel.tsx';
import { useAsync } from './useAsync.ts';
import { useLiveUpdates } from './useLiveUpdates.ts';

// Cytoscape is most of the page's code: load it when the network is first opened.
const NetworkPanel = lazy(() =>
  import('./NetworkPanel.tsx').then((module) => ({ default: module.NetworkPanel })),
);
// The world outline and d3-geo are loaded when the map is first opened.
const MapPanel = lazy(() => import('./MapPanel.tsx').then((module) => ({ default: module.MapPanel })));

const TAB_LABELS: Record<Tab, string> = {
  meetings: 'Meetings',
  statements: 'Statements',
  alliances: 'Alliances',
  network: 'Network',
  map: 'Map',
  timeline: 'Timeline',
  search: 'Search',
};

function useRoute() {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return useMemo(() => parseRoute(hash), [hash]);
}

export function App() {
  const route = useRoute();
  const live = useLiveUpdates();
  const optionsState = useAsync(
    (signal) => dossier.request(FilterOptionsQuery, {}, { signal }),
    [live.version],
  );
  // The open record reloads only when a new article touched it.
  const [recordVersion, setRecordVersion] = useState(0);
  useEffect(() => {
    if (live.last?.records.some((touched) => touched.node?.id === route.recordId))
      setRecordVersion((n) => n + 1);
  }, [live.last, route.recordId]);
  const options = useMemo(() => filterOptions(optionsState.data), [optionsState.data]);
  return (
    <div className="app">
      <header className="top">
        <h1>
          Dossier <span>explorer</span>
        </h1>
        <nav className="tabs" aria-label="Sections">
          {TABS.map((tab) => (
            <a
              key={tab}
              href={routeHash({ tab, query: tab === 'search' ? route.query : '' })}
              className={tab === route.tab ? 'tab active' : 'tab'}
              aria-current={tab === route.tab ? 'page' : undefined}
            >
              {TAB_LABELS[tab]}
            </a>
          ))}
        </nav>
        <p className="endpoint" title="The GraphQL API this page reads">
          <span
            className={live.connected ? 'live on' : 'live'}
            data-testid="live"
            title={live.connected ? 'Live: lists refresh when an article is ingested' : 'Reconnecting…'}
          >
            {live.connected ? 'live' : 'offline'}
          </span>{' '}
          <a href={dossier.endpoint} title="GraphiQL, when the API serves it">
            {dossier.endpoint}
          </a>
        </p>
      </header>
      {live.last ? (
        <p className="notice" role="status" data-testid="live-notice" key={live.version}>
          New article: {live.last.document.title ?? 'untitled'} —{' '}
          {live.last.truncated ? 'many' : live.last.records.length} records created or updated.
        </p>
      ) : null}
      {optionsState.status === 'failed' ? (
        <p className="error banner" role="alert">
          Could not load the filter choices from the API ({optionsState.error.message}). Is it running?
        </p>
      ) : null}
      <main className="layout">
        <section className="browse" aria-label={TAB_LABELS[route.tab]}>
          {route.tab === 'meetings' ? (
            <MeetingsPanel options={options} selectedId={route.recordId} version={live.version} />
          ) : null}
          {route.tab === 'statements' ? (
            <StatementsPanel options={options} selectedId={route.recordId} version={live.version} />
          ) : null}
          {route.tab === 'alliances' ? (
            <AlliancesPanel options={options} selectedId={route.recordId} version={live.version} />
          ) : null}
          {route.tab === 'network' ? (
            <Suspense fallback={<p className="count muted">Loading the network…</p>}>
              <NetworkPanel selectedId={route.recordId} version={live.version} />
            </Suspense>
          ) : null}
          {route.tab === 'map' ? (
            <Suspense fallback={<p className="count muted">Loading the map…</p>}>
              <MapPanel selectedId={route.recordId} version={live.version} />
            </Suspense>
          ) : null}
          {route.tab === 'timeline' ? (
            <TimelinePanel options={options} selectedId={route.recordId} version={live.version} />
          ) : null}
          {route.tab === 'search' ? (
            <SearchPanel query={route.query} selectedId={route.recordId} version={live.version} />
          ) : null}
        </section>
        <section className="detail" aria-label="Record">
          {route.recordId ? (
            <RecordView key={route.recordId} id={route.recordId} tab={route.tab} version={recordVersion} />
          ) : (
            <div className="placeholder">
              <p>Open a record to read its sources, with the evidence highlighted in place.</p>
              <p className="muted">
                Every highlighted span is the source text at the offsets the API returns for the record.
              </p>
            </div>
          )}
        </section>
      </main>
    </div>
  );
}
