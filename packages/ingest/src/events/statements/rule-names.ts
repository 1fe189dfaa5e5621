// Which named rules made each statement, kept beside the records (not in them), so that
// `explain` can say why a statement exists while the extraction itself stays as it was.
import type { StatementRecord } from '../../types.js';
import { ruleName } from '../meetings/rule-names.js';

const RULES_OF = new WeakMap<StatementRecord, string[]>();

/** The rules that made a statement ("statement:speaker:speaker-before-verb"), in the order they ran. */
export function statementRules(rec: StatementRecord): readonly string[] {
  return RULES_OF.get(rec) ?? [];
}

/** Notes that `rule` (a stage or rule function, or its name) made or shaped `rec`. */
export function noteStatementRule(rec: StatementRecord, part: string, rule: { name: string } | string): void {
  const name = `statement:${part}:${ruleName(typeof rule === 'string' ? { name: rule } : rule)}`;
  const rules = RULES_OF.get(rec);
  if (!rules) RULES_OF.set(rec, [name]);
  else if (!rules.includes(name)) rules.push(name);
}

/** Runs a stage and names it on every statement it added that no rule of its own named. */
export function runNamedStage<C extends { out: StatementRecord[] }>(stage: (c: C) => void, c: C): void {
  const before = new Set(c.out);
  stage(c);
  for (const s of c.out) if (!before.has(s) && !RULES_OF.has(s)) noteStatementRule(s, 'stage', stage);
}
