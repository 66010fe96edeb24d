import { stemmer } from 'stemmer'
import { eng } from 'stopword'

const stopWords = new Set(eng)

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
 * Lower-cased, stemmed words without stop words or numbers, so "Warrants"
 * and "warrant" or "emails" and "email" meet as one term.
 */
export function terms(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
  const out: string[] = []
  for (const word of words) {
    if (word.length < 2 || stopWords.has(word) || /^\d+$/.test(word)) continue
    out.push(stemmer(word))
  }
  return out
}
