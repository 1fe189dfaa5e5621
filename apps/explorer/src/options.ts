import type { ResultOf } from '@dossier/client';
import type { Option } from './controls.tsx';
import { enumLabel } from './format.ts';
import type { FilterOptionsQuery } from './queries.ts';

export type FilterOptionsData = ResultOf<typeof FilterOptionsQuery>;

export interface FilterOptions {
  persons: Option[];
  actors: Option[];
  countries: Option[];
  places: Option[];
  alliances: Option[];
  meetings: Option[];
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

export function filterOptions(data: FilterOptionsData | undefined): FilterOptions {
  if (!data) return { persons: [], actors: [], countries: [], places: [], alliances: [], meetings: [] };
  const orgLabel = (org: { name: string; acronym: string | null }) =>
    org.acronym && org.acronym !== org.name ? `${org.name} (${org.acronym})` : org.name;
  const persons = data.persons.edges.map(({ node }) => ({ value: node.id, label: node.name })).sort(byLabel);
  const organizations = data.organizations.edges
    .map(({ node }) => ({ value: node.id, label: orgLabel(node) }))
    .sort(byLabel);
  const countries = data.countries.edges
    .map(({ node }) => ({ value: node.id, label: node.name }))
    .sort(byLabel);
  return {
    persons,
    actors: [...persons, ...organizations, ...countries],
    countries,
    places: data.places.edges
      .filter(({ node }) => node.kind !== 'COUNTRY')
      .map(({ node }) => ({ value: node.id, label: node.name }))
      .sort(byLabel),
    alliances: data.alliances.edges
      .map(({ node }) => ({ value: node.id, label: orgLabel(node) }))
      .sort(byLabel),
    meetings: data.meetings.edges.map(({ node }) => ({
      value: node.id,
      label: [enumLabel(node.kind), node.place?.name, node.date].filter(Boolean).join(' · '),
    })),
  };
}
