/** A rule's name for explain: its function name in kebab case ("ownedBody" -> "owned-body"). */
export function ruleName(fn: { name: string }): string {
  return fn.name.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);
}

/** A rule with its name. */
export interface NamedRule<F> {
  name: string;
  rule: F;
}

/** A list of rules with their names, computed once. */
export function named<F extends { name: string }>(rules: F[]): Array<NamedRule<F>> {
  return rules.map((rule) => ({ name: ruleName(rule), rule }));
}
