/**
 * Phrase lists from the language files as regular expressions that work in
 * any script: JavaScript's `\b` knows only ASCII letters, so word edges here
 * are "no letter, mark or digit on that side" (Devanagari vowel signs are
 * marks). Case is ignored; ё matches е, and a Devanagari consonant matches
 * with or without its nukta (फ़/फ), as writers use both.
 */

/** One phrase found in a text. */
export interface PhraseMatch {
  phrase: string;
  start: number;
  end: number;
}

export interface PhraseSet {
  /** Every non-overlapping match, longest phrase first where two start together. */
  find(text: string): PhraseMatch[];
  test(text: string): boolean;
}

const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;
/** Consonants that take a nukta, with their precomposed forms (NFC keeps them apart, pasted text may not). */
const NUKTA = "\u093c";
const PRECOMPOSED_NUKTA: Record<string, string> = {
  क: "क़",
  ख: "ख़",
  ग: "ग़",
  ज: "ज़",
  ड: "ड़",
  ढ: "ढ़",
  फ: "फ़",
  य: "य़",
};
const DECOMPOSE_NUKTA = new Map(Object.entries(PRECOMPOSED_NUKTA).map(([base, composed]) => [composed, base]));

function escapeChar(c: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(c) ? `\\${c}` : c;
}

/** One phrase as a pattern body: spelling variants folded, `*` (after any word) as any ending, spaces and hyphens as any run of either. */
export function phrasePattern(phrase: string): string {
  let body = "";
  for (const ch of phrase.trim().replaceAll(NUKTA, "")) {
    const c = DECOMPOSE_NUKTA.get(ch) ?? ch;
    if (c === "*") body += `${WORD_CHAR}*`;
    else if (/\s/.test(c)) body += String.raw`[\s\u00a0]+`;
    else if (c === "е" || c === "ё") body += "[её]";
    else if (c === "Е" || c === "Ё") body += "[ЕЁ]";
    else if (PRECOMPOSED_NUKTA[c]) body += `(?:${c}${NUKTA}?|${PRECOMPOSED_NUKTA[c]})`;
    else if (c === "-" || c === "—" || c === "–") body += String.raw`\s*[-—–]\s*`;
    else body += escapeChar(c);
  }
  return `(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`;
}

/**
 * A list of phrases as one matcher; an empty list matches nothing. The
 * patterns are built on first use: a case-insensitive Unicode pattern of many
 * phrases takes V8 a while to compile, and a build of English articles only
 * never needs them.
 */
export function compilePhrases(phrases: readonly string[]): PhraseSet {
  if (!phrases.length) return { find: () => [], test: () => false };
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  let compiled: { all: RegExp; one: RegExp } | null = null;
  const patterns = () => {
    if (!compiled) {
      const all = new RegExp(sorted.map((p) => `(${phrasePattern(p)})`).join("|"), "giu");
      compiled = { all, one: new RegExp(all.source, "iu") };
    }
    return compiled;
  };
  return {
    find(text) {
      const found: PhraseMatch[] = [];
      for (const m of text.matchAll(patterns().all)) {
        const group = m.slice(1).findIndex((g) => g !== undefined);
        found.push({ phrase: sorted[group]!, start: m.index, end: m.index + m[0].length });
      }
      return found;
    },
    test: (text) => patterns().one.test(text),
  };
}

/** Phrases keyed by a name (a leader's slug, an office id, a topic): every match, with its key. */
export interface KeyedPhrases<K extends string = string> {
  find(text: string): (PhraseMatch & { key: K })[];
}

export function compileKeyedPhrases<K extends string>(byKey: Readonly<Record<K, readonly string[]>>): KeyedPhrases<K> {
  const keyOf = new Map<string, K>();
  for (const [key, phrases] of Object.entries(byKey) as [K, string[]][])
    for (const phrase of phrases) if (!keyOf.has(phrase)) keyOf.set(phrase, key);
  const all = compilePhrases([...keyOf.keys()]);
  return { find: (text) => all.find(text).map((m) => ({ ...m, key: keyOf.get(m.phrase)! })) };
}
