// Receptions on arrival: a guest "welcomed at the airport", "arrived ... and was received by" is
// protocol, not talks. The words that tell one, for the rules that read them: the trigger that
// is dropped (keep.ts), the greeting that is no trigger (triggers.ts) and the host who is no party
// to the talks told next (actors.ts).

/** Capitalised words of a named place before its noun: "Simon Bolivar International ". */
const PLACE_NAME_WORDS = String.raw`(?:[\p{Lu}][\p{L}.’'-]*\s+){0,5}`;

/** "greeted X at the entrance", "at the airport", "at Simon Bolivar International Airport": a greeting on arrival, not talks. */
export const ON_ARRIVAL = new RegExp(
  String.raw`^\s*(?:at|on|upon)\s+(?:the\s+|his\s+|her\s+|their\s+)?${PLACE_NAME_WORDS}(?:entrance|[Aa]irport|door|doors|steps|red carpet|tarmac|arrival|landing)\b`,
  'u',
);

/** Before a reception's verb: the guest's arrival told first ("arrived in Kenya on Wednesday morning and was"). */
export const ARRIVED_THEN =
  /\b(?:arrived|arrives|landed|lands)\b[^.;:]{0,120}\band\s+(?:was|were|is|are|will\s+be)\s+(?:\w+ly\s+)?$/;

/** Right before who receives a guest on arrival: "welcomed at Simon Bolivar International Airport by Vice President", "arrived ... and was received by". */
export const RECEIVED_ON_ARRIVAL_BEFORE = new RegExp(
  String.raw`(?:\b(?:welcomed|received|greeted|met)\s+(?:at|on|upon)\s+(?:the\s+)?${PLACE_NAME_WORDS}(?:[Aa]irport|tarmac|arrival|landing)\s+by|\barrived\b[^.;:]{0,120}\band\s+(?:was|were)\s+(?:warmly\s+)?(?:received|welcomed|greeted|met)\s+by)\s+(?:the\s+)?${PLACE_NAME_WORDS}$`,
  'u',
);
