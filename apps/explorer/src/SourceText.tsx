import type { SourceDocument } from '@dossier/client';
import { useEffect, useMemo, useRef } from 'react';
import { invalidSpans, segmentText } from './highlight.ts';

/**
 * One source article with the record's evidence highlighted in place. Each highlighted segment
 * lists the evidence spans covering it in `data-spans`; a span's text is the concatenation of
 * the segments that list it.
 */
export function SourceText({ source, index }: { source: SourceDocument; index: number }) {
  const segments = useMemo(() => segmentText(source.text, source.spans), [source]);
  const broken = useMemo(() => invalidSpans(source.text, source.spans), [source]);
  const firstMark = useRef<HTMLElement>(null);
  useEffect(() => {
    if (index === 0) firstMark.current?.scrollIntoView?.({ block: 'center' });
  }, [index]);
  let marked = false;
  return (
    <article className="source" data-testid="source" data-document-id={source.id}>
      <header className="source-head">
        <h3>{source.title ?? 'Untitled article'}</h3>
        <p className="meta">
          {[source.publisher, source.publishedAt].filter(Boolean).join(' · ') || 'publisher unknown'}
          {source.url ? (
            <>
              {' · '}
              <a href={source.url} rel="noreferrer noopener" target="_blank">
                original
              </a>
            </>
          ) : null}
          {' · '}
          {source.spans.length} evidence {source.spans.length === 1 ? 'span' : 'spans'}
        </p>
        {broken.length > 0 ? (
          <p className="warning" role="alert">
            {broken.length} evidence {broken.length === 1 ? 'span does' : 'spans do'} not match this text at
            {broken.length === 1 ? ' its offsets' : ' their offsets'}.
          </p>
        ) : null}
      </header>
      <div className="doc-text">
        {segments.map((segment) => {
          if (segment.spans.length === 0) return segment.text;
          const isFirst = !marked;
          marked = true;
          return (
            <mark
              className={segment.spans.length > 1 ? 'evidence overlap' : 'evidence'}
              data-spans={segment.spans.join(' ')}
              data-start={segment.start}
              data-end={segment.end}
              key={segment.start}
              ref={isFirst ? firstMark : undefined}
              title={`evidence ${segment.spans.map((i) => i + 1).join(', ')} · offsets ${segment.start}–${segment.end}`}
            >
              {segment.text}
            </mark>
          );
        })}
      </div>
      <ol className="span-list">
        {source.spans.map((span) => (
          <li key={`${span.start}-${span.end}`} data-testid="evidence-item">
            <code>
              {span.start}–{span.end}
            </code>{' '}
            <q>{span.exact}</q>
          </li>
        ))}
      </ol>
    </article>
  );
}
