#!/usr/bin/env node
// Prints what extract finds in one file: node scripts/show.mjs FILE [publishedAt]
import { readFileSync } from 'node:fs';
import { extract } from '../dist/index.js';

const text = readFileSync(process.argv[2], 'utf8');
const x = extract(text, { publishedAt: process.argv[3] ?? null });
const name = (ref) => [...x.persons, ...x.organizations, ...x.places].find((r) => r.ref === ref)?.name ?? ref;
for (const p of x.persons)
  console.log(
    'P',
    p.key,
    '|',
    p.name,
    p.aliases,
    p.roles.map((r) => `${r.title}/${name(r.organization)}/${name(r.country)}`),
  );
for (const o of x.organizations)
  console.log(
    'O',
    o.key,
    '|',
    o.name,
    o.orgKind,
    o.aliases,
    'parent',
    name(o.parent),
    'members',
    o.members.map(name),
    o.founded ?? '',
  );
for (const l of x.places) console.log('L', l.key, '|', l.name, l.placeKind, l.aliases);
for (const m of x.meetings)
  console.log(
    'M',
    m.ref,
    m.meetingKind,
    m.status,
    m.date,
    '@',
    name(m.place),
    'within',
    m.within,
    'forum',
    name(m.forum),
    '[',
    m.participants.map(name).join(', '),
    ']',
    m.evidence.map((e) => e.exact.slice(0, 80)),
  );
for (const s of x.statements)
  console.log(
    'S',
    s.ref,
    name(s.speaker),
    s.channel,
    'about',
    s.about,
    '|',
    s.quote ? `Q: ${s.quote.slice(0, 80)}` : `C: ${s.content.slice(0, 80)}`,
    '|',
    s.evidence.map((e) => e.exact.slice(0, 50)),
  );
if (x.warnings.length) console.log(x.warnings);
