import { stemmer } from 'stemmer'
import { eng } from 'stopword'

const stopWords = new Set(eng)
// An archive repeats its words endlessly, so each distinct word is judged and
// stemmed once (stemming is the costly step). Bounded by the vocabulary.
const termOfWord = new Map<string, string | null>()

/** The term a lower-cased word counts as, or null for stop words, numbers and single letters. */
export function termOf(word: string): string | null {
  let term = termOfWord.get(word)
  if (term === undefined) {
    term = word.length < 2 || stopWords.has(word) || /^\d+$/.test(word) ? null : stemmer(word)
    termOfWord.set(word, term)
  }
  return term
}

/**
 * Turns MDX into the words a reader sees: drops JSX tags, link targets,
 * code fences and markdown punctuation so they do not count as vocabulary.
 */
export function plainText(mdx: string): string {
  return mdx
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
}

/**
 * The lower-cased words of a text; with `limit`, only the first that many.
 * A possessive splits off as "s", which termOf drops with other single letters.
 */
export function words(text: string, limit?: number): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u, limit)
}

/**
 * Lower-cased, stemmed words without stop words or numbers, so "Warrants"
 * and "warrant" or "emails" and "email" meet as one term. With `limit`, only
 * the first that many words are read.
 */
export function terms(text: string, limit?: number): string[] {
  const out: string[] = []
  for (const word of words(text, limit)) {
    const term = termOf(word)
    if (term !== null) out.push(term)
  }
  return out
}
