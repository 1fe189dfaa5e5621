import type { DocumentIngestedEvent } from '@dossier/client';
import { useEffect, useState } from 'react';
import { dossier, noteIngested } from './client.ts';

export interface LiveUpdates {
  /** Whether the event stream is open (false while it reconnects). */
  connected: boolean;
  /** Goes up by one for every document ingested since the page opened. */
  version: number;
  last: DocumentIngestedEvent | null;
}

/**
 * Follows the API's documentIngested subscription (server-sent events) and reconnects with
 * backoff when the stream drops, so lists refresh when an article goes in.
 */
export function useLiveUpdates(): LiveUpdates {
  const [live, setLive] = useState<LiveUpdates>({ connected: false, version: 0, last: null });
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    (async () => {
      let delay = 1_000;
      while (!signal.aborted) {
        try {
          const onOpen = () => setLive((current) => ({ ...current, connected: true }));
          for await (const event of dossier.documentIngested({ signal, onOpen })) {
            delay = 1_000;
            noteIngested(event.document.id); // before the lists refetch for it
            setLive((current) => ({ connected: true, version: current.version + 1, last: event }));
          }
        } catch {
          // The stream failed: try again later.
        }
        if (signal.aborted) break;
        setLive((current) => ({ ...current, connected: false }));
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 30_000);
      }
    })();
    return () => controller.abort();
  }, []);
  return live;
}
