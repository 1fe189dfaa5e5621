import type { OrgHit } from '../../entities/organizations.js';

/** Between the trigger and the first body: "joint session of the". */
const OF = /^\s+of\s+(?:the\s+)?$/;
/** Between two bodies of the list: ", the", " and the", ", and". */
const AND = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;

/**
 * Rule: "a joint meeting of the Council of A, the Committee of B and the Council of C": each
 * body listed after a joint sitting sat in it. Returns the
 * bodies' refs when the trigger is a joint sitting followed by at least two listed bodies, else [].
 */
export function jointSittingBodies(
  text: string,
  hits: OrgHit[],
  triggerStart: number,
  triggerEnd: number,
): string[] {
  const head = text.slice(Math.max(0, triggerStart - 8), triggerEnd);
  if (!/\bjoint\s+(?:[\w-]+\s+)?(?:session|sitting|meeting)s?$/i.test(head)) return [];
  const near = hits
    .filter((h) => h.start >= triggerEnd && h.start < triggerEnd + 300 && h.rec.orgKind === 'body')
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: string[] = [];
  let at = triggerEnd;
  for (const h of near) {
    if (h.start < at) continue; // nested in the previous body's name
    if (!(out.length ? AND : OF).test(text.slice(at, h.start))) break;
    if (!out.includes(h.rec.ref)) out.push(h.rec.ref);
    at = h.end;
  }
  return out.length >= 2 ? out : [];
}
