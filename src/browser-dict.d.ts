/** The browser build's word list (tsup.config.ts builds it from jieba's dict.txt). */
declare module 'gongwen:browser-dict' {
  /** `word freq tag` lines, freq in base 36; `total` is the frequency sum of jieba's whole dictionary. */
  const dict: { words: string; total: number }
  export default dict
}
