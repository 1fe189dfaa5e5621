// Scoring helpers shared by scripts/dev-report.mjs and tests/corpus.test.ts: a per-article
// re-implementation of ../../shared/eval/score.mjs's matching (no store, no cross-document merging).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Scores `extract` against a corpus-level gold file, article by article.
 * Returns { kinds: {kind: {gold, pred, found, correct, precision, recall, f1}}, macroF1, spans, exactSpans,
 * attributes: {name: {right, total, accuracy}}, summary }.
 */
export function evaluate(evalDir, goldPath, metaFor, extract, { only = null, log = () => {} } = {}) {
  const countries = JSON.parse(readFileSync(resolve(evalDir, 'countries.json'), 'utf8'));
  const attrs = {};
  const attrMiss = [];
  const norm = (s) =>
    String(s ?? '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u2010-\u2015]/g, '-')
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/'s\b/g, '')
      .replace(/\+/g, ' plus ')
      .replace(/defence/g, 'defense')
      .replace(/organisation/g, 'organization')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const countryOf = new Map();
  for (const names of countries) for (const n of names) countryOf.set(norm(n), names);
  const isCountry = (n) => countryOf.has(norm(n));
  const namesOf = (x) => {
    const raw = [x?.name, x?.acronym, ...(x?.aliases ?? []), ...(x?.speakerAliases ?? [])].filter(Boolean);
    for (const n of [...raw]) if (countryOf.has(norm(n))) raw.push(...countryOf.get(norm(n)));
    return raw.map(norm).filter(Boolean);
  };
  const sameName = (g, p) => {
    if (!g || !p) return false;
    const s = new Set(namesOf(g));
    return namesOf(p).some((n) => s.has(n));
  };
  const toks = (s) => norm(s).split(' ').filter(Boolean);
  function tokenF1(a, b) {
    const ta = toks(a),
      tb = toks(b);
    if (!ta.length || !tb.length) return 0;
    const bag = new Map();
    for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
    let c = 0;
    for (const t of ta)
      if (bag.get(t) > 0) {
        c++;
        bag.set(t, bag.get(t) - 1);
      }
    if (!c) return 0;
    const p = c / ta.length,
      r = c / tb.length;
    return (2 * p * r) / (p + r);
  }
  // meeting.topics, as score.mjs judges it: a gold topic is covered when half of its content
  // words occur in one predicted topic; a meeting is right when half of its gold topics are covered
  const TOPIC_STOP = new Set(
    'the of and in on a an to for with between its their at by as from into about'.split(' '),
  );
  const topicWords = (t) => toks(t).filter((w) => !TOPIC_STOP.has(w));
  const covered = (goldTopic, predTopics) => {
    const gw = topicWords(goldTopic);
    return (
      gw.length > 0 &&
      predTopics.some((pt) => {
        const pw = new Set(topicWords(pt));
        return gw.filter((w) => pw.has(w)).length / gw.length >= 0.5;
      })
    );
  };
  const topicsRight = (goldTopics, predTopics) =>
    goldTopics.filter((t) => covered(t, predTopics)).length * 2 >= goldTopics.length;

  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const totals = {};
  const kinds = ['persons', 'organizations', 'alliances', 'places', 'meetings', 'statements'];
  for (const k of kinds) totals[k] = { gold: 0, pred: 0, found: 0, correct: 0 };
  let spans = 0,
    exact = 0;
  for (const d of gold.documents) {
    if (only && !d.key.startsWith(only)) continue;
    const file = resolve(dirname(goldPath), d.file);
    const text = readFileSync(file, 'utf8');
    const meta = metaFor(d);
    const t0 = performance.now();
    const x = extract(text, meta);
    const ms = performance.now() - t0;
    const byRef = new Map([...x.persons, ...x.organizations, ...x.places].map((r) => [r.ref, r]));
    for (const r of [...x.persons, ...x.organizations, ...x.places, ...x.meetings, ...x.statements])
      for (const e of r.evidence) {
        spans++;
        if (text.slice(e.start, e.end) === e.exact) exact++;
      }
    const inDoc = (g) => (g.docs ?? []).includes(d.key);
    const gOrgs = gold.organizations.filter(inDoc);
    const G = {
      persons: gold.persons.filter(inDoc),
      organizations: gOrgs,
      alliances: gold.organizations.filter(
        (o) =>
          inDoc(o) &&
          (o.kind === 'alliance' || gold.organizations.find((p) => p.name === o.parent)?.kind === 'alliance'),
      ),
      places: gold.places.filter((p) => inDoc(p) && p.kind !== 'country' && !isCountry(p.name)),
      meetings: gold.meetings.filter(inDoc),
      statements: gold.statements.filter(inDoc),
    };
    const isAlliance = (o) => o.orgKind === 'alliance' || byRef.get(o.parent)?.orgKind === 'alliance';
    const actor = (ref) => {
      const r = byRef.get(ref);
      return r ? { name: r.name, aliases: r.aliases, acronym: r.acronym } : { name: ref };
    };
    const P = {
      persons: x.persons,
      organizations: x.organizations,
      alliances: x.organizations.filter(isAlliance),
      places: x.places.filter((p) => p.placeKind !== 'country' && !isCountry(p.name)),
      meetings: x.meetings,
      statements: x.statements,
    };
    const entityByName = (name) =>
      gold.persons.find((g) => sameName(g, { name })) ??
      gold.organizations.find((g) => sameName(g, { name })) ??
      gold.places.find((g) => sameName(g, { name }));
    const actorKey = (a) => {
      const g =
        gold.persons.find((q) => sameName(q, a)) ??
        gold.organizations.find((q) => sameName(q, a)) ??
        gold.places.find((q) => sameName(q, a));
      if (g) return g.name;
      for (const n of namesOf(a)) if (countryOf.has(n)) return norm(countryOf.get(n)[0]);
      return norm(a.name);
    };
    const goldSpans = (g) =>
      (g.evidence ?? [])
        .filter((e) => e.doc === d.key)
        .map((e) => {
          const s = text.indexOf(e.exact);
          return { start: s, end: s + e.exact.length };
        });
    const overlaps = (g, p) =>
      p.evidence.some(
        (e) => e.end - e.start <= 1500 && goldSpans(g).some((s) => e.start < s.end && s.start < e.end),
      );
    const match = {
      persons: sameName,
      organizations: sameName,
      alliances: sameName,
      places: sameName,
      meetings: (g, p) => {
        if (g.participants.length) {
          const gp = new Set(g.participants.map((n) => actorKey(entityByName(n) ?? { name: n })));
          const pp = new Set(p.participants.map((r) => actorKey(actor(r))));
          const sh = [...gp].filter((q) => pp.has(q)).length;
          return sh >= 1 && sh / gp.size >= 0.5;
        }
        if (
          g.forum &&
          p.forum &&
          sameName(
            gold.organizations.find((o) => sameName(o, { name: g.forum })) ?? { name: g.forum },
            actor(p.forum),
          )
        )
          return true;
        return overlaps(g, p) && !p.participants.length;
      },
      statements: (g, p) => {
        if (!p.speaker) return false;
        const sp = actor(p.speaker);
        const who = {
          name: g.speaker,
          speakerAliases: g.speakerAliases,
          aliases: entityByName(g.speaker)?.aliases,
        };
        const predBody = gold.organizations.find((o) => o.parent && sameName(o, sp));
        const goldBody = gold.organizations.find((o) => sameName(o, { name: g.speaker }));
        const ok =
          sameName(who, sp) ||
          (predBody && sameName(who, { name: predBody.parent })) ||
          (goldBody?.parent &&
            sameName(
              gold.organizations.find((o) => sameName(o, { name: goldBody.parent })) ?? {
                name: goldBody.parent,
              },
              sp,
            ));
        if (!ok) return false;
        if (overlaps(g, p)) return true;
        return g.quote && p.quote ? tokenF1(g.quote, p.quote) >= 0.5 : false;
      },
    };
    const lines = [];
    let meetingPrim = new Map();
    for (const k of kinds) {
      const gs = G[k],
        ps = P[k];
      const pairs = [];
      for (const p of ps)
        for (const g of gs)
          if (match[k](g, p))
            pairs.push({
              g,
              p,
              s:
                k === 'meetings' || k === 'statements'
                  ? overlaps(g, p)
                    ? 2
                    : 0
                  : norm(p.name) === norm(g.name)
                    ? 1
                    : 0,
            });
      pairs.sort((a, b) => b.s - a.s);
      const prim = new Map(),
        claimed = new Map();
      for (const { g, p } of pairs) {
        if (prim.has(g)) continue;
        const mine = claimed.get(p) ?? [];
        const ok =
          k === 'meetings' || k === 'statements'
            ? mine.every((o) => o.group && o.group === g.group)
            : mine.length === 0;
        if (!ok) continue;
        prim.set(g, p);
        claimed.set(p, [...mine, g]);
      }
      const req = gs.filter((g) => !g.optional);
      if (k === 'meetings') meetingPrim = prim;
      if (k === 'statements' || k === 'meetings') {
        // attribute checks, as score.mjs reports them
        for (const [g, p] of prim) {
          if (g.optional) continue;
          const att = (name, ok) => {
            attrs[name] ??= [0, 0];
            attrs[name][1]++;
            if (ok) attrs[name][0]++;
            else
              attrMiss.push(
                `${d.key} ${name}: gold ${JSON.stringify(name === 'about' ? g.about : name === 'within' ? g.within : g[name])} pred ${JSON.stringify(name === 'about' ? p.about : name === 'within' ? p.within : name === 'kind' ? p.meetingKind : name === 'place' ? (byRef.get(p.place)?.name ?? null) : p[name])} (${(g.quote ?? g.evidence[0]?.exact ?? '').slice(0, 40)})`,
              );
          };
          if (k === 'statements' && g.about)
            att(
              'about',
              p.about && meetingPrim.get(gold.meetings.find((m) => m.key === g.about))?.ref === p.about,
            );
          if (k === 'statements' && g.channel)
            att('channel', (p.channel ?? '').replace(/_/g, ' ') === g.channel.toLowerCase());
          if (k === 'meetings' && g.within)
            att(
              'within',
              p.within && meetingPrim.get(gold.meetings.find((m) => m.key === g.within))?.ref === p.within,
            );
          if (k === 'meetings') att('kind', p.meetingKind === g.kind);
          if (k === 'meetings' && (g.topics ?? []).length)
            att('topics', topicsRight(g.topics, p.topics ?? []));
          if (k === 'meetings' && g.date) att('date', p.date === g.date);
          if (k === 'meetings' && (g.place || p.place)) {
            const predicted = p.place ? byRef.get(p.place) : null;
            const ok = g.place ? !!predicted && sameName({ name: g.place }, predicted) : !predicted;
            att('place', ok);
          }
        }
      }
      const correct = ps.filter((p) => claimed.has(p) || pairs.some((q) => q.p === p && q.g.optional));
      totals[k].gold += req.length;
      totals[k].pred += ps.length;
      totals[k].found += req.filter((g) => prim.has(g)).length;
      totals[k].correct += correct.length;
      const missed = req
        .filter((g) => !prim.has(g))
        .map((g) =>
          k === 'statements'
            ? `${g.speaker}: ${(g.quote ?? g.evidence[0]?.exact ?? '').slice(0, 70)}`
            : k === 'meetings'
              ? `${g.kind} [${g.participants.join(', ')}] ${g.evidence[0]?.exact.slice(0, 60)}`
              : g.name,
        );
      const spur = ps
        .filter((p) => !correct.includes(p))
        .map((p) =>
          k === 'statements'
            ? `${actor(p.speaker).name}: ${(p.quote ?? p.content).slice(0, 70)}`
            : k === 'meetings'
              ? `${p.meetingKind} [${p.participants.map((r) => actor(r).name).join(', ')}] ${p.evidence[0]?.exact.slice(0, 60)}`
              : p.name,
        );
      if (missed.length) lines.push(`  ${k} missed: ${missed.join(' | ')}`);
      if (spur.length) lines.push(`  ${k} spurious: ${spur.join(' | ')}`);
    }
    log(`== ${d.key} ${d.file.split('/').pop()} (${ms.toFixed(1)} ms)\n${lines.join('\n')}`);
  }
  const f1s = [];
  const summary = [`${gold.corpus ?? goldPath}: kind gold pred P R F1`];
  for (const k of kinds) {
    const t = totals[k];
    const P = t.pred ? t.correct / t.pred : 0,
      R = t.gold ? t.found / t.gold : 1,
      F = P + R ? (2 * P * R) / (P + R) : 0;
    Object.assign(t, { precision: P, recall: R, f1: F });
    f1s.push(F);
    summary.push(
      `  ${k.padEnd(14)} ${String(t.gold).padEnd(4)} ${String(t.pred).padEnd(4)} ${P.toFixed(3)} ${R.toFixed(3)} ${F.toFixed(3)}`,
    );
  }
  const macroF1 = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  summary.push(`  macro-F1 ${macroF1.toFixed(3)}  provenance ${exact}/${spans}`);
  summary.push(
    `  attributes: ${Object.entries(attrs)
      .map(([k, [a, b]]) => `${k} ${a}/${b}`)
      .join(', ')}`,
  );
  if (process.env.SHOW_ATTR) summary.push(...attrMiss.map((m) => `    ${m}`));
  const attributes = Object.fromEntries(
    Object.entries(attrs).map(([k, [right, total]]) => [
      k,
      { right, total, accuracy: total ? right / total : 1 },
    ]),
  );
  return { kinds: totals, macroF1, spans, exactSpans: exact, attributes, summary: summary.join('\n') };
}
