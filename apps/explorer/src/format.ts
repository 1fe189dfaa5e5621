/** BILATERAL → bilateral, PRESS_CONFERENCE → press conference. */
export function enumLabel(value: string | null | undefined): string {
  return value ? value.toLowerCase().replaceAll('_', ' ') : '';
}

export function names(actors: ReadonlyArray<{ name: string }>): string {
  return actors.map((actor) => actor.name).join(', ');
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * How many publishers report a record: the known ones counted, the sources that name none
 * shown apart ("1 publisher + 2 unknown"), never counted as publishers of their own.
 */
export function corroborationLabel(record: { corroboration: number; unattributedSources: number }): string {
  const { corroboration: known, unattributedSources: unknown } = record;
  if (unknown === 0) return plural(known, 'publisher', 'publishers');
  if (known === 0) return `publisher unknown (${plural(unknown, 'source', 'sources')})`;
  return `${plural(known, 'publisher', 'publishers')} + ${unknown} unknown`;
}
