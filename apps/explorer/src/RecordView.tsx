import type { DossierRecord } from '@dossier/client';
import type { ReactNode } from 'react';
import { dossier } from './client.ts';
import { enumLabel } from './format.ts';
import { routeHash, type Tab } from './route.ts';
import { SourceText } from './SourceText.tsx';
import { useAsync } from './useAsync.ts';

type Ref = { id: string; name?: string | null; acronym?: string | null };

function RecordLink({ tab, record, children }: { tab: Tab; record: Ref; children?: ReactNode }) {
  return <a href={routeHash({ tab, recordId: record.id })}>{children ?? record.name ?? record.id}</a>;
}

function LinkList({ tab, records }: { tab: Tab; records: ReadonlyArray<Ref> }) {
  if (records.length === 0) return <span className="muted">none</span>;
  return (
    <>
      {records.map((record, i) => (
        <span key={record.id}>
          {i > 0 ? ', ' : null}
          <RecordLink tab={tab} record={record} />
        </span>
      ))}
    </>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function title(record: DossierRecord): string {
  switch (record.__typename) {
    case 'Meeting':
      return `${enumLabel(record.kind)} meeting${record.place ? ` in ${record.place.name}` : ''}${record.date ? `, ${record.date}` : ''}`;
    case 'Statement':
      return `Statement by ${record.speaker?.name ?? 'an unnamed speaker'}`;
    case 'Document':
      return record.title ?? 'Untitled article';
    default:
      return record.name;
  }
}

function Fields({ record, tab }: { record: DossierRecord; tab: Tab }) {
  switch (record.__typename) {
    case 'Meeting':
      return (
        <dl className="fields">
          <Field label="Kind">{enumLabel(record.kind)}</Field>
          <Field label="Status">{enumLabel(record.status)}</Field>
          <Field label="Date">{record.date ?? <span className="muted">not stated</span>}</Field>
          <Field label="Place">
            {record.place ? (
              <RecordLink tab={tab} record={record.place} />
            ) : (
              <span className="muted">not stated</span>
            )}
          </Field>
          <Field label="Participants">
            <LinkList tab={tab} records={record.participants} />
          </Field>
          {record.forum ? (
            <Field label="Forum">
              <RecordLink tab={tab} record={record.forum} />
            </Field>
          ) : null}
          {record.within ? (
            <Field label="Within">
              <RecordLink tab={tab} record={record.within}>
                {[
                  enumLabel(record.within.kind),
                  record.within.forum ? `of ${record.within.forum.acronym ?? record.within.forum.name}` : '',
                  record.within.place ? `in ${record.within.place.name}` : '',
                  record.within.date ?? '',
                ]
                  .filter(Boolean)
                  .join(' ')}
              </RecordLink>
            </Field>
          ) : null}
          <Field label="Topics">{record.topics.join('; ') || <span className="muted">none</span>}</Field>
        </dl>
      );
    case 'Statement':
      return (
        <dl className="fields">
          <Field label="Speaker">
            {record.speaker ? (
              <RecordLink tab={tab} record={record.speaker} />
            ) : (
              <span className="muted">unnamed</span>
            )}
          </Field>
          <Field label="Channel">
            {enumLabel(record.channel) || <span className="muted">not stated</span>}
          </Field>
          <Field label={record.quote ? 'Quote' : 'Content'}>
            <q>{record.quote ?? record.content}</q>
          </Field>
          {record.about ? (
            <Field label="About">
              <RecordLink tab={tab} record={record.about}>
                {enumLabel(record.about.kind)} meeting{' '}
                {record.about.place ? `in ${record.about.place.name}` : ''} {record.about.date ?? ''}
              </RecordLink>
            </Field>
          ) : null}
          <Field label="Mentions">
            <LinkList tab={tab} records={record.mentions} />
          </Field>
        </dl>
      );
    case 'Organization':
      return (
        <dl className="fields">
          <Field label="Kind">{enumLabel(record.kind)}</Field>
          {record.acronym ? <Field label="Acronym">{record.acronym}</Field> : null}
          {record.aliases.length > 0 ? <Field label="Also called">{record.aliases.join('; ')}</Field> : null}
          {record.founded ? <Field label="Founded">{record.founded}</Field> : null}
          {record.parent ? (
            <Field label="Body of">
              <RecordLink tab={tab} record={record.parent} />
            </Field>
          ) : null}
          <Field label="Members">
            <LinkList tab={tab} records={record.members} />
          </Field>
          <Field label="Bodies">
            <LinkList tab={tab} records={record.bodies} />
          </Field>
        </dl>
      );
    case 'Person':
      return (
        <dl className="fields">
          {record.aliases.length > 0 ? <Field label="Also called">{record.aliases.join('; ')}</Field> : null}
          <Field label="Roles">
            {record.roles.length === 0 ? <span className="muted">none found</span> : null}
            {record.roles.map((role) => (
              <div key={`${role.title}-${role.organization?.id ?? ''}-${role.country?.id ?? ''}`}>
                {role.title}
                {role.organization ? (
                  <>
                    {', '}
                    <RecordLink tab={tab} record={role.organization} />
                  </>
                ) : null}
                {role.country ? `, ${role.country.name}` : null}
              </div>
            ))}
          </Field>
        </dl>
      );
    case 'Place':
      return (
        <dl className="fields">
          <Field label="Kind">{enumLabel(record.kind)}</Field>
          {record.aliases.length > 0 ? <Field label="Also called">{record.aliases.join('; ')}</Field> : null}
          {record.country ? (
            <Field label="Country">
              <RecordLink tab={tab} record={record.country} />
            </Field>
          ) : null}
        </dl>
      );
    case 'Document':
      return (
        <dl className="fields">
          <Field label="Publisher">{record.publisher ?? <span className="muted">unknown</span>}</Field>
          <Field label="Published">{record.publishedAt ?? <span className="muted">unknown</span>}</Field>
        </dl>
      );
  }
}

/** A record with its fields and every source article, evidence highlighted in place. */
export function RecordView({ id, tab, version }: { id: string; tab: Tab; version: number }) {
  const state = useAsync((signal) => dossier.record(id, { signal }), [id, version]);
  if (state.status === 'loading' && state.data === undefined) return <p className="muted">Loading…</p>;
  if (state.status === 'failed')
    return (
      <p className="error" role="alert">
        Could not load this record: {state.error.message}
      </p>
    );
  if (!state.data) return <p className="muted">No record has this id.</p>;
  const { record, documents } = state.data;
  return (
    <section
      className="record"
      data-testid="record"
      data-record-id={record.id}
      data-typename={record.__typename}
    >
      <p className="kicker">{record.__typename}</p>
      <h2>{title(record)}</h2>
      <Fields record={record} tab={tab} />
      <h3 className="sources-title">
        {record.__typename === 'Document'
          ? 'Text'
          : `Sources (${documents.length} ${documents.length === 1 ? 'article' : 'articles'})`}
      </h3>
      {documents.map((source, index) => (
        <SourceText key={source.id} source={source} index={index} />
      ))}
    </section>
  );
}
