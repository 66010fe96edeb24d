import type { RelatedOptions, RelatedSource } from './types'
import { plainText, termOf, words as wordsOf } from './terms'

/**
 * An article's TF-IDF vector over its strongest terms, unit length. Terms
 * are integer ids into the archive's vocabulary, so comparing two articles
 * is a merge of two short sorted arrays rather than string look-ups.
 */
export type ArticleVector = {
  /** Term ids, strongest first, and their weights. */
  strongest: Int32Array
  strongestWeights: Float64Array
  /** The same terms by ascending id, for merging. */
  ids: Int32Array
  weights: Float64Array
}

type Counted = { ids: Int32Array; counts: Float64Array }

/** Counts each article's terms (title and summary weighted above the body), assigning ids as words appear. */
function countTerms(sources: readonly RelatedSource[], { fieldWeights, bodyWords }: RelatedOptions) {
  const vocabulary = new Map<string, number>()
  const words: string[] = []
  // One look-up a word: each distinct word maps straight to its term's id, or -1.
  const idOfWord = new Map<string, number>()
  const idOf = (word: string): number => {
    const term = termOf(word)
    if (term === null) return -1
    let id = vocabulary.get(term)
    if (id === undefined) {
      id = words.length
      vocabulary.set(term, id)
      words.push(term)
    }
    return id
  }
  let scratch = new Float64Array(4096)
  const counted: Counted[] = sources.map((source) => {
    const seen: number[] = []
    const add = (text: string, weight: number, limit?: number) => {
      for (const word of wordsOf(text, limit)) {
        let id = idOfWord.get(word)
        if (id === undefined) {
          id = idOf(word)
          idOfWord.set(word, id)
        }
        if (id < 0) continue
        if (id >= scratch.length) {
          const grown = new Float64Array(scratch.length * 2)
          grown.set(scratch)
          scratch = grown
        }
        if (scratch[id] === 0) seen.push(id)
        scratch[id] = (scratch[id] ?? 0) + weight
      }
    }
    add(source.title, fieldWeights.title)
    add(source.summary, fieldWeights.summary)
    // News puts what a story is about first; the lede is enough to match on.
    // (A generous cut in characters first, so a long body is not lower-cased and split whole.)
    add(plainText(source.body.slice(0, bodyWords * 12)), fieldWeights.body, bodyWords)
    const ids = new Int32Array(seen)
    const counts = new Float64Array(seen.length)
    for (let i = 0; i < seen.length; i++) {
      const id = seen[i] ?? 0
      counts[i] = scratch[id] ?? 0
      scratch[id] = 0
    }
    return { ids, counts }
  })
  return { counted, words }
}

/**
 * Positions of the `k` heaviest terms, heaviest first (ties by the word, for
 * stable results), without sorting them all.
 */
function strongestTerms(ids: Int32Array, weights: Float64Array, k: number, words: readonly string[]): number[] {
  const before = (a: number, b: number) => {
    const wa = weights[a] ?? 0
    const wb = weights[b] ?? 0
    return wa > wb || (wa === wb && (words[ids[a] ?? 0] ?? '') < (words[ids[b] ?? 0] ?? ''))
  }
  const top: number[] = []
  let floor = 0
  for (let t = 0; t < ids.length; t++) {
    const weight = weights[t] ?? 0
    // Terms with no weight (in every article) and most terms once the list is full stop here.
    if (weight <= 0 || weight < floor) continue
    let i = top.length
    while (i > 0 && before(t, top[i - 1] ?? 0)) i--
    if (i === k) continue
    top.splice(i, 0, t)
    if (top.length > k) top.pop()
    if (top.length === k) floor = weights[top[k - 1] ?? 0] ?? 0
  }
  return top
}

export function articleVectors(sources: readonly RelatedSource[], options: RelatedOptions): ArticleVector[] {
  const { counted, words } = countTerms(sources, options)
  const documentFrequency = new Int32Array(words.length)
  for (const { ids } of counted) for (const id of ids) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1
  // (Typed arrays are filled with loops: `TypedArray.from` with a mapping function is slow in V8.)
  const idf = new Float64Array(words.length)
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log(sources.length / Math.max(1, documentFrequency[id] ?? 1))

  return counted.map(({ ids, counts }) => {
    // Sublinear tf: a word said ten times is not ten times as telling.
    const raw = new Float64Array(ids.length)
    for (let i = 0; i < ids.length; i++) raw[i] = (1 + Math.log(counts[i] ?? 1)) * (idf[ids[i] ?? 0] ?? 0)
    const kept = strongestTerms(ids, raw, options.maxTermsPerArticle, words).map((t) => ({
      id: ids[t] ?? 0,
      weight: raw[t] ?? 0,
    }))
    const norm = Math.sqrt(kept.reduce((sum, { weight }) => sum + weight * weight, 0)) || 1
    const byId = kept.toSorted((a, b) => a.id - b.id)
    return {
      strongest: new Int32Array(kept.map((t) => t.id)),
      strongestWeights: new Float64Array(kept.map((t) => t.weight / norm)),
      ids: new Int32Array(byId.map((t) => t.id)),
      weights: new Float64Array(byId.map((t) => t.weight / norm)),
    }
  })
}

/** Cosine similarity of two unit vectors. */
export function cosine(a: ArticleVector, b: ArticleVector): number {
  let i = 0
  let j = 0
  let sum = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0
    const y = b.ids[j] ?? 0
    if (x === y) sum += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0)
    else if (x < y) i++
    else j++
  }
  return sum
}

export type Postings = { docs: Int32Array; weights: Float64Array }

/**
 * For each term id, the articles that use it, strongest first, cut to the
 * `cap` for which the term matters most (IR's "champion lists"): a term
 * shared by thousands of articles says little about any one pair.
 */
export function termPostings(
  vectors: readonly ArticleVector[],
  include: (doc: number) => boolean,
  cap: number,
): Postings[] {
  const lists: { doc: number; weight: number }[][] = []
  vectors.forEach((vector, doc) => {
    if (!include(doc)) return
    vector.ids.forEach((id, i) => {
      const list = (lists[id] ??= [])
      list.push({ doc, weight: vector.weights[i] ?? 0 })
    })
  })
  return Array.from(lists, (list = []) => {
    if (list.length > cap) list.sort((a, b) => b.weight - a.weight || a.doc - b.doc)
    const kept = list.slice(0, cap)
    return { docs: new Int32Array(kept.map((p) => p.doc)), weights: new Float64Array(kept.map((p) => p.weight)) }
  })
}

/** The `k` candidates with the highest quick score (ties to the lower index), without sorting them all. */
export function topByQuickScore(candidates: Int32Array, score: Float64Array, k: number): number[] {
  const top: number[] = []
  const better = (a: number, b: number) =>
    (score[a] ?? 0) > (score[b] ?? 0) || ((score[a] ?? 0) === (score[b] ?? 0) && a < b)
  // Once the list is full, most candidates fall below its last entry: reject those with one comparison.
  let floor = -Infinity
  for (const doc of candidates) {
    if ((score[doc] ?? 0) < floor) continue
    let i = top.length
    while (i > 0 && better(doc, top[i - 1] ?? 0)) i--
    if (i === k) continue
    top.splice(i, 0, doc)
    if (top.length > k) top.pop()
    if (top.length === k) floor = score[top[k - 1] ?? 0] ?? 0
  }
  return top
}

// The two hot loops, kept as small functions so the engine optimises them on their own.

/** Adds one term's postings to the quick scores, noting first-seen articles as candidates. */
export function accumulate(docs: Int32Array, weights: Float64Array, weight: number, scratch: Scratch): void {
  const { quick, touched, candidates } = scratch
  let count = scratch.count
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] ?? 0
    if (touched[doc] === 0) {
      touched[doc] = 1
      candidates[count++] = doc
    }
    quick[doc] = (quick[doc] ?? 0) + weight * (weights[i] ?? 0)
  }
  scratch.count = count
}

/** Per-article working memory, allocated once for the archive and reset after each article. */
export type Scratch = { quick: Float64Array; touched: Uint8Array; candidates: Int32Array; count: number }

/** Dot product of a vector spread over the vocabulary with a sparse one. */
export function denseDot(dense: Float64Array, ids: Int32Array, weights: Float64Array): number {
  let sum = 0
  for (let i = 0; i < ids.length; i++) sum += (dense[ids[i] ?? 0] ?? 0) * (weights[i] ?? 0)
  return sum
}
