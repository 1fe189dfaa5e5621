import type { ReactNode } from 'react';
import { enumLabel } from './format.ts';

export interface Option {
  value: string;
  label: string;
}

export function SelectFilter(props: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  anyLabel?: string;
}) {
  return (
    <label className="filter">
      <span>{props.label}</span>
      <select
        aria-label={props.label}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="">{props.anyLabel ?? 'any'}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function TextFilter(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  type?: 'text' | 'date' | 'search';
  title?: string;
}) {
  return (
    <label className="filter" title={props.title}>
      <span>{props.label}</span>
      <input
        aria-label={props.label}
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </label>
  );
}

export function enumOptions(values: readonly string[]): Option[] {
  return values.map((value) => ({ value, label: enumLabel(value) }));
}

export function FilterBar({ children, onClear }: { children: ReactNode; onClear: () => void }) {
  return (
    <form className="filters" onSubmit={(event) => event.preventDefault()}>
      {children}
      <button type="button" className="clear" onClick={onClear}>
        Clear
      </button>
    </form>
  );
}

/** Keeps only the entries with a value, so that unset filters are not sent at all. */
export function compact<T extends Record<string, string>>(values: T): Partial<T> | null {
  const entries = Object.entries(values).filter(([, value]) => value !== '');
  return entries.length > 0 ? (Object.fromEntries(entries) as Partial<T>) : null;
}

/** Client-side narrowing of the rows shown, by words anywhere in their text. */
export function matchesWords(haystack: string, words: string): boolean {
  const text = haystack.toLowerCase();
  return words
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}
