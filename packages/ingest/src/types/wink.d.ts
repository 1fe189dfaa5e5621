// wink-lemmatizer and wink-lexicon ship no type declarations; these are the parts Dossier uses.
declare module 'wink-lemmatizer' {
  const lemmatizer: {
    verb(word: string): string;
    noun(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatizer;
}

// wink-lexicon's word list: a lower-case word -> its Penn Treebank tags.
declare module 'wink-lexicon/src/lexicon.js' {
  const lexicon: Record<string, string[] | undefined>;
  export default lexicon;
}
