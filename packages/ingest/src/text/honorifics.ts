// Honorifics: words written before a name that cue a person but give no role.

/** Honorifics written abbreviated, with a period that does not end the sentence ("Mr.", "Dr."). Lower case. */
// "rt" as in "the Rt Hon. X MP" (the Right Honourable)
// "amb" as in "H.E. Amb. X" (Ambassador, written as a style before the name)
export const HONORIFIC_ABBREVIATIONS: readonly string[] = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'hon',
  'rt',
  'amb',
];

/**
 * Every honorific, lower case: the abbreviations and the titles of address ("Sir", "Lord", and the
 * styles of government pages: "His Highness", "His Majesty", "Her Excellency").
 */
export const HONORIFICS: readonly string[] = [
  ...HONORIFIC_ABBREVIATIONS,
  'sir',
  'dame',
  'lord',
  'highness',
  'majesty',
  'excellency',
  // the clerical style of Shia leaders ("Ayatollah Ali Khamenei")
  'ayatollah',
  // the style of ministers and members of parliament in the Commonwealth ("Honorable Ham Lini")
  'honorable',
  'honourable',
  // Malaysian and Bruneian styles of address ("Dato’ Seri Anwar Ibrahim", "Tun Mahathir")
  'dato',
  'datuk',
  'datin',
  'seri',
  'tun',
  // Burmese styles ("Daw Aung San Suu Kyi"); "U" is left alone, a letter in many other uses
  'daw',
  // Indian styles of government releases ("Official Spokesperson Shri Randhir X", "Smt. Y")
  'shri',
  'sri',
  'smt',
  'shrimati',
];

/**
 * Words that name a person by relation to another ("his counterpart X", "her colleague Y",
 * "his opposite number Z"): cues of a name, never a role. Lower case, as written.
 */
export const RELATIONAL_CUES: readonly string[] = ['counterpart', 'colleague', 'opposite number'];

/**
 * The Gulf styles: a name word in "Sheikh Hasina", a style before a name of lineage ("Sheikh
 * Sabah Al-Ahmad") or another style ("Foreign Minister Sheikh Dr. Ahmad"). Lower case.
 */
export const GULF_STYLES: readonly string[] = ['sheikh', 'sheikha'];
