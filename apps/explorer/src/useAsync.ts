import { type DependencyList, useEffect, useState } from 'react';

export type AsyncState<T> =
  /** `data` is the previous result while a newer one loads (lists do not flash empty). */
  | { status: 'loading'; data?: T | undefined; error?: undefined }
  | { status: 'done'; data: T; error?: undefined }
  | { status: 'failed'; data?: undefined; error: Error };

/** Runs `load` whenever `deps` change; a newer run aborts the one before. */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState((current) => ({ status: 'loading', data: current.data }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'done', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what `load` reads
  }, deps);
  return state;
}
