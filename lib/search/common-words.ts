/**
 * Very common words, and a query without them.
 *
 * Pagefind indexes every word (its author keeps stop words for phrase
 * search), so a word found in nearly every article has one index chunk of
 * its own holding every place it occurs: at 10,000 articles one such word
 * costs a reader about 370 KB, more than the rest of a query together
 * (docs/performance.md#search). It also tells the ranking almost nothing.
 * So the index build lists the words in more than half of the articles, and
 * a query that has other words searches for those only. The index keeps
 * every word: a query made only of common words, or a quoted phrase, is
 * searched as typed.
 */

/** A word counts as common when it is in more than this share of the indexed articles… */
export const commonShare = 0.5
/** …and in at least this many: below that its chunk is small (≈ 40 bytes an article) and leaving it out would only change results. */
export const commonMinimum = 1000

/** A text's words as Pagefind splits them: runs of letters and digits, lowercased. */
export function searchWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** Counts, for each word, how many texts contain it; `add` one article's text at a time. */
export function documentFrequencies() {
  const counts = new Map<string, number>()
  let texts = 0
  return {
    add(text: string) {
      texts += 1
      for (const word of new Set(searchWords(text))) counts.set(word, (counts.get(word) ?? 0) + 1)
    },
    /** The common words, most frequent first. */
    common(): string[] {
      const floor = Math.max(commonMinimum, Math.floor(texts * commonShare) + 1)
      return [...counts]
        .filter(([, count]) => count >= floor)
        .toSorted(([a, x], [b, y]) => y - x || a.localeCompare(b))
        .map(([word]) => word)
    },
  }
}

/**
 * The words to search for: the query without its common words, when at
 * least one other word is left; as typed otherwise, or when it quotes a
 * phrase. `leftOut` is what the page tells the reader it skipped.
 */
export function withoutCommonWords(query: string, common: ReadonlySet<string>): { search: string; leftOut: string[] } {
  const words = query.split(/\s+/).filter(Boolean)
  if (query.includes('"') || common.size === 0) return { search: words.join(' '), leftOut: [] }
  const isCommon = (word: string) => {
    const parts = searchWords(word)
    return parts.length > 0 && parts.every((part) => common.has(part))
  }
  const kept = words.filter((word) => !isCommon(word))
  if (kept.length === 0) return { search: words.join(' '), leftOut: [] }
  return { search: kept.join(' '), leftOut: [...new Set(words.filter(isCommon))] }
}
