import type { RelatedOptions, RelatedSource } from './types'
import { plainText, termOf, words as wordsOf } from './terms'

/**
 * What the store keeps of each article for the related ranking: its terms and their weights, one line, written
 * when its row is written (lib/store/rows.ts). This module (with what it loads and the ranking's options) is the
 * lines' version (termsVersion in lib/store/pipeline.ts): a change here counts every article's terms again, reading
 * every lede; a change to the ranking (vectors.ts, rank.ts) ranks the lists again from the lines kept.
 */

type Fields = Pick<RelatedSource, 'title' | 'summary' | 'body'>

/** Each field's words with their weight, title and summary above the body; of the body, its lede. */
export function weightedFields({ title, summary, body }: Fields, { fieldWeights, bodyWords }: RelatedOptions) {
  return [
    { text: title, weight: fieldWeights.title, limit: undefined },
    { text: summary, weight: fieldWeights.summary, limit: undefined },
    // News puts what a story is about first; the lede is enough to match on.
    // (A generous cut in characters first, so a long body is not lower-cased and split whole.)
    { text: plainText(body.slice(0, bodyWords * 12)), weight: fieldWeights.body, limit: bodyWords },
  ]
}

/**
 * An article's terms with their weights, in the order they first appear, as one line of `term:weight` pairs
 * (a term is letters and digits only): what the ranking counts of the article, worked out once when the
 * article is stored, so a publish that ranks a few lists reads these instead of stemming every lede again.
 */
export function relatedTerms(source: Fields, options: RelatedOptions): string {
  const weights = new Map<string, number>()
  for (const { text, weight, limit } of weightedFields(source, options)) {
    for (const word of wordsOf(text, limit)) {
      const term = termOf(word)
      if (term !== null) weights.set(term, (weights.get(term) ?? 0) + weight)
    }
  }
  return [...weights].map(([term, weight]) => `${term}:${weight}`).join(' ')
}

/** The terms of a line `relatedTerms` wrote, without their weights. */
export function termsOfLine(line: string): string[] {
  if (line === '') return []
  return line.split(' ').map((pair) => pair.slice(0, pair.lastIndexOf(':')))
}
