import type { RelatedOptions, RelatedSource } from './types'
import { weightedFields } from './kept-terms'
import { termOf, words as wordsOf } from './terms'

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
function countTerms(sources: readonly RelatedSource[], options: RelatedOptions) {
  const table = new TermTable()
  const words = table.words
  const idOfTerm = (term: string): number => table.id(term)
  // One look-up a word: each distinct word maps straight to its term's id, or -1.
  const idOfWord = new Map<string, number>()
  const idOf = (word: string): number => {
    const term = termOf(word)
    return term === null ? -1 : idOfTerm(term)
  }
  let scratch = new Float64Array(4096)
  const counted: Counted[] = sources.map((source) => {
    if (source.terms !== undefined) return storedCounts(source.terms, table)
    const seen: number[] = []
    for (const { text, weight, limit } of weightedFields(source, options)) {
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

/** The counts `relatedTerms` wrote, with ids from this ranking's vocabulary (the same order, so the same ids). */
function storedCounts(line: string, terms: TermTable): Counted {
  let length = line === '' ? 0 : 1
  for (let at = line.indexOf(' '); at >= 0; at = line.indexOf(' ', at + 1)) length += 1
  const ids = new Int32Array(length)
  const counts = new Float64Array(length)
  let start = 0
  for (let i = 0; i < length; i++) {
    const colon = line.indexOf(':', start)
    ids[i] = terms.idIn(line, start, colon)
    // The count: digits read as they come (a whole number, as the field weights give), else the number's text.
    let at = colon + 1
    let count = 0
    let code = line.charCodeAt(at)
    while (code >= 48 && code <= 57) {
      count = count * 10 + (code - 48)
      code = line.charCodeAt(++at)
    }
    if (at < line.length && code !== 32) {
      const end = line.indexOf(' ', at)
      at = end < 0 ? line.length : end
      count = Number(line.slice(colon + 1, at))
    }
    counts[i] = count
    start = at + 1
  }
  return { ids, counts }
}

/**
 * The vocabulary of one ranking: each term's id, in the order terms were first met. A term of a kept line is
 * looked up where it stands in the line (an open-addressing table over its characters' hash), so the millions
 * of terms a publish reads at 100,000 articles are not each cut out as a string first.
 */
class TermTable {
  readonly words: string[] = []
  /** Each slot: a term's id + 1, or 0; the table is kept at most half full. */
  private slots = new Int32Array(1 << 16)
  /** Each term's hash, by id. */
  private hashes = new Int32Array(1 << 15)

  private static hash(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5 | 0
    for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193)
    return hash
  }

  /** The id of `term`. */
  id(term: string): number {
    return this.idIn(term, 0, term.length)
  }

  /** The id of the term `text` holds from `start` to `end`. */
  idIn(text: string, start: number, end: number): number {
    const hash = TermTable.hash(text, start, end)
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = (this.slots[slot] ?? 0) - 1
      if (held < 0) break
      if (this.hashes[held] === hash) {
        const word = this.words[held] ?? ''
        if (word.length === end - start && text.startsWith(word, start)) return held
      }
    }
    const id = this.words.length
    this.words.push(start === 0 && end === text.length ? text : text.slice(start, end))
    if (id === this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2)
      grown.set(this.hashes)
      this.hashes = grown
    }
    this.hashes[id] = hash
    if (this.words.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2)
      for (let held = 0; held < this.words.length; held++) this.place(this.hashes[held] ?? 0, held)
    } else this.place(hash, id)
    return id
  }

  private place(hash: number, id: number) {
    const mask = this.slots.length - 1
    let slot = hash & mask
    while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask
    this.slots[slot] = id + 1
  }
}

/** 1 + log(count) of the whole counts most terms have, worked out once. */
const SUBLINEAR = Array.from({ length: 64 }, (_, count) => 1 + Math.log(count))
const sublinear = (count: number) =>
  count < SUBLINEAR.length && Number.isInteger(count) ? (SUBLINEAR[count] ?? 0) : 1 + Math.log(count)

/**
 * Positions of the `k` heaviest terms, heaviest first (ties by the word, for
 * stable results), without sorting them all.
 */
function strongestTerms(
  ids: Int32Array,
  weights: Float64Array,
  length: number,
  k: number,
  wordOrder: Int32Array,
): number[] {
  const top: number[] = []
  let floor = 0
  for (let t = 0; t < length; t++) {
    const weight = weights[t] ?? 0
    // Terms with no weight (in every article) and most terms once the list is full stop here.
    if (weight <= 0 || weight < floor) continue
    const order = wordOrder[ids[t] ?? 0] ?? 0
    let i = top.length
    while (i > 0) {
      const other = top[i - 1] ?? 0
      const w = weights[other] ?? 0
      if (!(weight > w || (weight === w && order < (wordOrder[ids[other] ?? 0] ?? 0)))) break
      i--
    }
    if (i === k) continue
    top.splice(i, 0, t)
    if (top.length > k) top.pop()
    if (top.length === k) floor = weights[top[k - 1] ?? 0] ?? 0
  }
  return top
}

/**
 * How many articles the archive has and how many of them use each term: what weighs a term (its IDF). Given,
 * an article's vector is the same whichever articles are ranked with it, so a publish can rank a few lists
 * against the frequencies the store keeps (lib/store/related-reach.ts) with only the articles they can
 * reach. `tagged`: how many published articles carry a tag (lower-cased), for the tags of the articles ranked.
 */
export type Frequencies = {
  documents: number
  of: (term: string) => number
  tagged?: (tag: string) => number
}

/** Each term's number of articles, over `sources` (their kept terms, or their text). */
export function documentFrequencies(sources: readonly RelatedSource[], options: RelatedOptions): Map<string, number> {
  const { counted, words } = countTerms(sources, options)
  const frequency = countedFrequencies(counted, words.length)
  return new Map(words.map((word, id) => [word, frequency[id] ?? 0]))
}

/** Each term id's number of articles among those counted. */
function countedFrequencies(counted: readonly Counted[], terms: number): Int32Array {
  const frequency = new Int32Array(terms)
  for (const { ids } of counted) for (const id of ids) frequency[id] = (frequency[id] ?? 0) + 1
  return frequency
}

/**
 * Each article's vector. Term ids are the terms' places in alphabetical order, so the sums that compare two
 * articles run in the same order whichever articles were counted together, and so give the same scores.
 */
export function articleVectors(
  sources: readonly RelatedSource[],
  options: RelatedOptions,
  frequencies?: Frequencies,
): ArticleVector[] {
  return vectorsAndTerms(sources, options, frequencies).vectors
}

/** The vectors, and the terms by id (alphabetical). */
export function vectorsAndTerms(
  sources: readonly RelatedSource[],
  options: RelatedOptions,
  frequencies?: Frequencies,
): { vectors: ArticleVector[]; terms: string[] } {
  const { counted, words } = countTerms(sources, options)
  // Each term's place in alphabetical order: its id from here on, and the tie-break between equal weights.
  const wordOrder = alphabeticalOrder(words)
  const documentFrequency = frequencies ? new Int32Array(words.length) : countedFrequencies(counted, words.length)
  if (frequencies) words.forEach((word, id) => (documentFrequency[id] = frequencies.of(word)))
  const documents = frequencies?.documents ?? sources.length
  // (Typed arrays are filled with loops: `TypedArray.from` with a mapping function is slow in V8.)
  const idf = new Float64Array(words.length)
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log(documents / Math.max(1, documentFrequency[id] ?? 1))

  // One scratch row for every article's weights (an archive's articles are a few hundred terms at most).
  let raw = new Float64Array(256)
  const places: number[] = []
  const vectors = counted.map(({ ids, counts }): ArticleVector => {
    const length = ids.length
    if (raw.length < length) raw = new Float64Array(length * 2)
    // Sublinear tf: a word said ten times is not ten times as telling.
    for (let i = 0; i < length; i++) raw[i] = sublinear(counts[i] ?? 1) * (idf[ids[i] ?? 0] ?? 0)
    const kept = strongestTerms(ids, raw, length, options.maxTermsPerArticle, wordOrder)
    let squares = 0
    for (const t of kept) squares += (raw[t] ?? 0) * (raw[t] ?? 0)
    const norm = Math.sqrt(squares) || 1
    const strongest = new Int32Array(kept.length)
    const strongestWeights = new Float64Array(kept.length)
    // The kept terms' places, then the same by place (an insertion sort: thirty at most).
    places.length = 0
    for (let i = 0; i < kept.length; i++) {
      const t = kept[i] ?? 0
      const place = wordOrder[ids[t] ?? 0] ?? 0
      strongest[i] = place
      strongestWeights[i] = (raw[t] ?? 0) / norm
      let j = i
      while (j > 0 && (places[j - 1] ?? 0) > place) {
        places[j] = places[j - 1] ?? 0
        kept[j] = kept[j - 1] ?? 0
        j--
      }
      places[j] = place
      kept[j] = t
    }
    const sortedIds = new Int32Array(kept.length)
    const weights = new Float64Array(kept.length)
    for (let i = 0; i < kept.length; i++) {
      sortedIds[i] = places[i] ?? 0
      weights[i] = (raw[kept[i] ?? 0] ?? 0) / norm
    }
    return { strongest, strongestWeights, ids: sortedIds, weights }
  })
  const terms: string[] = Array.from({ length: words.length }, () => '')
  words.forEach((word, id) => (terms[wordOrder[id] ?? 0] = word))
  return { vectors, terms }
}

/**
 * A term's champion list (lib/store/related-reach.ts): the `listed` published articles with the highest bound on
 * their weight for it, by slug, and the highest bound of those left out (`floor`; null where one has no bound).
 */
export type ChampionList = { slugs: string[]; floor: number | null }

/**
 * The champion lists of every term more than `from` of `sources` use (every article of the archive, with their
 * own frequencies, as ranking every list counts them). An article's bound for a term is the term's sublinear
 * count over the norm of the article's vector: its weight for the term is that times the term's IDF while the
 * term is among its strongest, and never more. As frequencies move, a norm falls by no more than the IDFs of its
 * terms do, which is what lets a publish read a common term's list instead of every article that uses it.
 */
export function championLists(
  sources: readonly RelatedSource[],
  options: RelatedOptions,
  { from, listed }: { from: number; listed: number },
): Map<string, ChampionList> {
  const { counted, words } = countTerms(sources, options)
  const wordOrder = alphabeticalOrder(words)
  const frequency = countedFrequencies(counted, words.length)
  const idf = new Float64Array(words.length)
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log(sources.length / Math.max(1, frequency[id] ?? 1))
  const bounds = new Map<number, { doc: number; bound: number }[]>()
  for (let id = 0; id < words.length; id++) if ((frequency[id] ?? 0) > from) bounds.set(id, [])
  let raw = new Float64Array(256)
  counted.forEach(({ ids, counts }, doc) => {
    if (sources[doc]?.draft !== false) return
    const length = ids.length
    if (raw.length < length) raw = new Float64Array(length * 2)
    for (let i = 0; i < length; i++) raw[i] = sublinear(counts[i] ?? 1) * (idf[ids[i] ?? 0] ?? 0)
    let squares = 0
    for (const t of strongestTerms(ids, raw, length, options.maxTermsPerArticle, wordOrder))
      squares += (raw[t] ?? 0) * (raw[t] ?? 0)
    // A vector of no weight at all has no bound: its article is never left out of a list.
    const norm = Math.sqrt(squares)
    for (let i = 0; i < length; i++) {
      const list = bounds.get(ids[i] ?? 0)
      if (list) list.push({ doc, bound: norm > 0 ? sublinear(counts[i] ?? 1) / norm : Infinity })
    }
  })
  const lists = new Map<string, ChampionList>()
  for (const [id, list] of bounds) {
    list.sort((a, b) => b.bound - a.bound || a.doc - b.doc)
    const next = list[listed]?.bound ?? 0
    lists.set(words[id] ?? '', {
      slugs: list.slice(0, listed).map(({ doc }) => sources[doc]?.slug ?? ''),
      floor: Number.isFinite(next) ? next : null,
    })
  }
  return lists
}

/** Each term id's place in alphabetical order: the ids vectors use, and the tie-break between equal weights. */
function alphabeticalOrder(words: readonly string[]): Int32Array {
  const wordOrder = new Int32Array(words.length)
  words
    .map((word, id) => ({ word, id }))
    .sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .forEach(({ id }, place) => (wordOrder[id] = place))
  return wordOrder
}

/** Each article's `k` strongest terms, strongest first: what ranking its list looks up. */
export function strongestTermsOf(
  sources: readonly RelatedSource[],
  options: RelatedOptions,
  frequencies: Frequencies,
  k: number,
): string[][] {
  const { vectors, terms } = vectorsAndTerms(sources, options, frequencies)
  return vectors.map((vector) => [...vector.strongest.subarray(0, k)].map((id) => terms[id] ?? ''))
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

/** A term's postings, cut to the cap, and how many articles (of those included) use it before the cut. */
export type Postings = { docs: Int32Array; weights: Float64Array; total: number }

/**
 * For each term id, the articles that use it, strongest first, cut to the
 * `cap` for which the term matters most (IR's "champion lists"): a term
 * shared by thousands of articles says little about any one pair.
 */
export function termPostings(
  vectors: readonly ArticleVector[],
  include: (doc: number) => boolean,
  cap: number,
  /** Only these terms' lists (the others stay empty): what ranking a few articles looks up. */
  wanted?: ReadonlySet<number>,
): Postings[] {
  const lists: { doc: number; weight: number }[][] = []
  vectors.forEach((vector, doc) => {
    if (!include(doc)) return
    vector.ids.forEach((id, i) => {
      if (wanted && !wanted.has(id)) return
      const list = (lists[id] ??= [])
      list.push({ doc, weight: vector.weights[i] ?? 0 })
    })
  })
  return Array.from(lists, (list = []) => {
    if (list.length > cap) list.sort((a, b) => b.weight - a.weight || a.doc - b.doc)
    const kept = list.slice(0, cap)
    return {
      docs: new Int32Array(kept.map((p) => p.doc)),
      weights: new Float64Array(kept.map((p) => p.weight)),
      total: list.length,
    }
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
