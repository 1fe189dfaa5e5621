// Fictional articles written for the explorer's tests (the extractor finds their meetings).
export const LJUBLJANA_ARTICLE = `Slovenia and Croatia open a joint flood-warning centre

LJUBLJANA, September 15, 2025 — Slovenian Environment Minister Nina Zupan met her Croatian counterpart Ivo Maric in Ljubljana on Monday to discuss flood warnings on the Sava and shared river gauges.

"When the Sava rises, it does not stop at the border, and neither should our warnings," Zupan said at a joint press conference.

Maric said Croatia would connect its gauges to the new centre by the end of the year. The two ministers agreed to meet again in Zagreb in the spring.
`;

/** Ingested while the page is open, to see live updates arrive. */
export const ZAGREB_ARTICLE = `Croatia and Hungary agree on a night train between their capitals

ZAGREB, October 7, 2025 — Croatian Transport Minister Petra Novak met her Hungarian counterpart Gabor Szabo in Zagreb on Tuesday to discuss a night train to Budapest and shared timetables.

"People want to sleep in one capital and wake up in the other," Novak told reporters after the talks.
`;

/** A bilateral on the sidelines of a summit: the timeline nests it under the summit. */
export const SIDELINES_ARTICLE = `Nordic leaders talk ports on the sidelines

OSLO, June 3, 2025 — Prime Minister Tarja Lund and President Marek Hala held talks on the sidelines of the NATO summit in Oslo on Tuesday about icebreakers and port fees.
`;
