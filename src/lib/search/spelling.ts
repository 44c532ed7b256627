// How readers spell Central Asian, Russian and Japanese names in Latin letters. Each name reaches English through
// several systems (Russian-style "Tokayev", Kazakh Latin "Toqaev", Turkmen "Berdimuhamedow", Kunrei "Takaiti"), so
// a word is folded to a skeleton where those systems agree: two spellings with the same skeleton are one name.
// The skeleton is a search key only; it is never shown, and a variant it matches is not a sourced fact.

/** Letters of national Latin alphabets, written as the digraphs that other systems use for the same sound. */
const LETTERS: [RegExp, string][] = [
  [/[şś]/g, 'sh'], // Turkmen, Kazakh Latin (2018)
  [/[çć]/g, 'ch'], // Turkmen, Kazakh Latin (2018)
  [/ž/g, 'zh'], // Turkmen
  [/ğ|g['ʻ’]/g, 'g'], // Kazakh Latin, Uzbek oʻ/gʻ
  [/o['ʻ’]/g, 'o'],
  [/ı/g, 'i'],
  [/ñ|ň/g, 'n'],
];

/**
 * Sound-alike spellings, in order: the longer patterns first, so "dzh" is taken before "zh" and "kh" before "h".
 * Each rule names the alphabets it reconciles.
 */
const RULES: [RegExp, string][] = [
  [/d?zh|dj|dž/g, 'j'], // Russian zh/dzh, French dj, Kazakh/Uzbek j: Zhaparov, Dzhaparov, Japarov
  [/kh|x/g, 'h'], // Russian kh, Uzbek x: Rakhmon, Rahmon; Xorazm, Khorezm
  [/q/g, 'k'], // Kazakh and Uzbek q: Qazaqstan, Toqaev
  [/gh/g, 'g'], // Kirghizia, Kyrgyz
  [/w/g, 'v'], // Turkmen w: Berdimuhamedow
  [/tch|ch/g, 'c'], // Hepburn chi, Kunrei ti and the Turkish-style c: Takaichi, Takaici
  [/sh/g, 's'], // Hepburn shi, Kunrei si
  [/ts/g, 't'], // Hepburn tsu, Kunrei tu
  [/(?<=[aeiouy])y(?=[aeiou])/g, ''], // the glide between vowels: Tokayev, Tokaev; Mirziyoyev, Mirziyoev
  [/^y(?=[aeiou])/g, ''], // an initial glide: Yerlan, Erlan
  [/[ëö]/g, 'o'], // Russian yo written ë (written yo, it lost its glide above)
  [/y/g, 'i'], // Russian y and English i: Kyrgyz, Kirgiz; Berdymukhamedov
  [/ou|oo|ō/g, 'o'], // Japanese long o: Tōkyō, Toukyou, Tokyo
  [/uu|ū/g, 'u'], // Japanese long u
  [/m(?=[bp])/g, 'n'], // Hepburn m before b and p: Shimbun, Shinbun
  [/(?:ov|ev|of|ef)$/g, 'ov'], // Russian surnames' -ov/-ev and their German/French -of/-ef
];

/** A word in lower case without diacritics, as Pagefind compares words ("Türkmenistan" → "turkmenistan"). */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The key two spellings of a name share: "Tokaev", "Tokayev" and "Toqaev" all give "tokaov". */
export function skeleton(word: string): string {
  let s = word.toLowerCase();
  for (const [from, to] of LETTERS) s = s.replace(from, to);
  s = foldWord(s).replace(/[^a-z0-9]/g, '');
  for (const [from, to] of RULES) s = s.replace(from, to);
  // Doubled letters carry no difference between these systems: Kassym, Kasym; Berdimuhammedov, Berdimuhamedov.
  return s.replace(/(.)\1+/g, '$1');
}
