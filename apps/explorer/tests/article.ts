// A fictional article written for the explorer's tests (the extractor finds its meeting).
export const LJUBLJANA_ARTICLE = `Slovenia and Croatia open a joint flood-warning centre

LJUBLJANA, September 15, 2025 — Slovenian Environment Minister Nina Zupan met her Croatian counterpart Ivo Maric in Ljubljana on Monday to discuss flood warnings on the Sava and shared river gauges.

"When the Sava rises, it does not stop at the border, and neither should our warnings," Zupan said at a joint press conference.

Maric said Croatia would connect its gauges to the new centre by the end of the year. The two ministers agreed to meet again in Zagreb in the spring.
`;
