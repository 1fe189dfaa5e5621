/** BILATERAL → bilateral, PRESS_CONFERENCE → press conference. */
export function enumLabel(value: string | null | undefined): string {
  return value ? value.toLowerCase().replaceAll('_', ' ') : '';
}

export function names(actors: ReadonlyArray<{ name: string }>): string {
  return actors.map((actor) => actor.name).join(', ');
}
