// Name folding: one spelling for the many ways news transliterates the same name.

const DIACRITICS = /[\u0300-\u036f]/g;

/** Folds one lowercase, diacritic-free word. */
function foldWord(word: string): string {
  let w = word;
  if (w === 'defence') return 'defense';
  if (w === 'organisation') return 'organization';
  w = w.replace(/x/g, 'ks');
  // Valeriy/Valery, Andrii/Andriy, Zelenskyy/Zelensky: the -iy/-yy/-ii endings are one sound
  w = w.replace(/(?:iy|yy|ii|ij)$/, 'y');
  // y/i: Andrey/Andrei, Shoygu/Shoigu, Sergey/Sergei, Yuri/Iuri
  w = w.replace(/y/g, 'i');
  // Lukashenko/Lukashenka: Belarusian -a and Russian -o endings of -enko surnames
  w = w.replace(/enk[ao]$/, 'enk');
  // Ukrainian -ii- vs Russian -i-, doubled letters from transliteration (Zelenskyy)
  w = w.replace(/(.)\1+/g, '$1');
  return w;
}

/**
 * Lowercases, strips diacritics and punctuation, and folds common transliteration variants so
 * that Andrei/Andrey Belousov, Shoigu/Shoygu, Lukashenko/Lukashenka and Valeriy/Valery fold to
 * the same string. Defence/defense and organisation/organization fold too.
 */
const cache = new Map<string, string>();

export function foldName(s: string): string {
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const folded = foldUncached(s);
  if (cache.size > 50_000) cache.clear();
  cache.set(s, folded);
  return folded;
}

function foldUncached(s: string): string {
  const plain = s
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/['’ʼ`]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (!plain) return '';
  return plain.split(' ').map(foldWord).join(' ');
}

/** foldName with spaces replaced by '-' : the form used inside keys. */
export function keyPart(s: string): string {
  return foldName(s).replace(/ /g, '-');
}
