import {
  accumulate,
  cosine,
  denseDot,
  termPostings,
  topByQuickScore,
  type ArticleVector,
  type Frequencies,
  type Scratch,
  vectorsAndTerms,
} from './vectors'
import type { RelatedLink, RelatedMap, RelatedOptions, RelatedSource } from './types'

type Indexed = {
  source: RelatedSource
  vector: ArticleVector
  tags: Set<string>
  time: number
}

const DAY_MS = 86_400_000

function reasonFor(a: RelatedSource, b: RelatedSource): string | null {
  const theirs = new Set(b.tags.map((tag) => tag.toLowerCase()))
  const shared = a.tags.find((tag) => theirs.has(tag.toLowerCase()))
  if (shared) return `More on ${shared}`
  if (a.category === b.category) return `Also in ${a.category}`
  return null
}

/** `terms`: each term id's term (their alphabetical order). */
type Prepared = { indexed: Indexed[]; bySlug: Map<string, number>; terms: string[] }

function prepare(articles: readonly RelatedSource[], options: RelatedOptions, frequencies?: Frequencies): Prepared {
  // A stable order makes floating-point sums, and so ties, the same on every machine.
  const sorted = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  const { vectors, terms } = vectorsAndTerms(sorted, options, frequencies)
  const indexed = sorted.map((source, i) => ({
    source,
    vector: vectors[i] ?? {
      strongest: new Int32Array(),
      strongestWeights: new Float64Array(),
      ids: new Int32Array(),
      weights: new Float64Array(),
    },
    tags: new Set(source.tags.map((tag) => tag.toLowerCase())),
    time: Date.parse(source.date),
  }))
  return { indexed, bySlug: new Map(indexed.map((entry, i) => [entry.source.slug, i])), terms }
}

/** Score of `other` as related reading for `entry`, given their text similarity and shared tag count. */
function pairScore(entry: Indexed, other: Indexed, text: number, sharedTags: number, options: RelatedOptions): number {
  const tagScore = sharedTags === 0 ? 0 : sharedTags / Math.sqrt(entry.tags.size * other.tags.size)
  const sameCategory = other.source.category === entry.source.category ? 1 : 0
  const base = options.textWeight * text + options.tagWeight * tagScore + options.categoryWeight * sameCategory
  const gapDays = Math.abs(entry.time - other.time) / DAY_MS
  const recency = 1 - options.recencyWeight + options.recencyWeight * 2 ** (-gapDays / options.recencyHalfLifeDays)
  return base * recency
}

function isCandidate(entry: Indexed, other: Indexed): boolean {
  const { source } = entry
  return (
    !other.source.draft &&
    other.source.slug !== source.slug &&
    !source.related.includes(other.source.slug) &&
    !source.inlineRelated.includes(other.source.slug)
  )
}

/** Pinned slugs first, in the editor's order, then the scored ones above the floor, best first. */
function linksFor(
  entry: Indexed,
  scored: { doc: number; score: number }[],
  { indexed, bySlug }: Prepared,
  options: RelatedOptions,
): RelatedLink[] {
  const pinned: RelatedLink[] = entry.source.related.flatMap((slug) => {
    const doc = bySlug.get(slug)
    const other = doc === undefined ? undefined : indexed[doc]
    return other && !other.source.draft && slug !== entry.source.slug ? [{ slug, reason: null }] : []
  })
  const ranked: RelatedLink[] = scored
    .filter(({ score }) => score >= options.minScore)
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, options.limit + options.spare)
    .flatMap(({ doc }) => {
      const other = indexed[doc]
      return other ? [{ slug: other.source.slug, reason: reasonFor(entry.source, other.source) }] : []
    })
  return [...pinned, ...ranked].slice(0, options.limit + options.spare)
}

function sharedTagCount(entry: Indexed, other: Indexed): number {
  let shared = 0
  for (const tag of entry.tags) if (other.tags.has(tag)) shared += 1
  return shared
}

/**
 * Ranks related articles for every article at once, without comparing every
 * pair. Candidates come from an inverted index (articles sharing a strong term,
 * or a tag few articles carry) with a quick score; the best
 * `rerankCandidates` of them are then scored exactly. On an archive where no
 * term or tag is that common the result equals `buildRelatedMapAllPairs`.
 *
 * `only`: rank these articles' lists (against the whole archive), not every article's; a publish re-ranks
 * only what its change can affect (lib/store/pipeline.ts).
 *
 * `frequencies`: the whole archive's, when `articles` are only those `only`'s lists can reach (the articles
 * that use one of their strongest terms or share one of their less common tags, and those they pin): the
 * lists are then exactly those ranking the whole archive gives (lib/store/related-reach.ts).
 *
 * `looked`: filled, where given, with each term the lists looked up: how many published articles of `articles`
 * use it among their strongest, and the smallest weight its postings kept (the cap-th, once that many use it);
 * what tells a publish whether the articles it read hold every list's postings (lib/store/related-reach.ts).
 *
 * Drafts get a list (for previews) but never appear in one. Pinned slugs
 * come first in the editor's order; articles already linked inline, and the
 * article itself, never appear.
 */
export function buildRelatedMap(
  articles: readonly RelatedSource[],
  options: RelatedOptions,
  only?: ReadonlySet<string>,
  frequencies?: Frequencies,
  looked?: Map<string, { total: number; last: number }>,
): RelatedMap {
  const prepared = prepare(articles, options, frequencies)
  const { indexed } = prepared
  const cap = options.maxPostingsPerTerm
  const published = (doc: number) => indexed[doc]?.source.draft === false
  // Ranking a few lists looks up only their articles' strongest terms and their tags.
  const ranked = only ? indexed.filter((entry) => only.has(entry.source.slug)) : undefined
  const wantedTerms = ranked
    ? new Set(ranked.flatMap((entry) => [...entry.vector.strongest.subarray(0, options.queryTermsPerArticle)]))
    : undefined
  const wantedTags = ranked ? new Set(ranked.flatMap((entry) => [...entry.tags])) : undefined
  const postings = termPostings(
    indexed.map((entry) => entry.vector),
    published,
    cap,
    wantedTerms,
  )
  if (looked && wantedTerms) {
    for (const id of wantedTerms) {
      const list = postings[id]
      let last = Infinity
      for (const weight of list?.weights ?? []) last = Math.min(last, weight)
      looked.set(prepared.terms[id] ?? '', { total: list?.total ?? 0, last })
    }
  }
  const tagPostings = new Map<string, number[]>()
  indexed.forEach((entry, doc) => {
    if (!published(doc)) return
    for (const tag of entry.tags) {
      if (wantedTags && !wantedTags.has(tag)) continue
      const list = tagPostings.get(tag)
      if (list) list.push(doc)
      else tagPostings.set(tag, [doc])
    }
  })

  // Working memory reused for every article: only the touched entries are read and reset.
  let vocabulary = 0
  for (const { vector } of indexed) for (const id of vector.ids) vocabulary = Math.max(vocabulary, id + 1)
  const entryWeights = new Float64Array(vocabulary)
  const scratch: Scratch = {
    quick: new Float64Array(indexed.length),
    touched: new Uint8Array(indexed.length),
    candidates: new Int32Array(indexed.length),
    count: 0,
  }
  const result: RelatedMap = {}

  for (const entry of ranked ?? indexed) {
    scratch.count = 0
    // A quick score from the article's strongest terms and its less common tags ...
    const { strongest, strongestWeights } = entry.vector
    const queryTerms = Math.min(strongest.length, options.queryTermsPerArticle)
    for (let t = 0; t < queryTerms; t++) {
      const list = postings[strongest[t] ?? 0]
      if (list) accumulate(list.docs, list.weights, options.textWeight * (strongestWeights[t] ?? 0), scratch)
    }
    // A tag on thousands of articles ("Microsoft") still counts in the exact
    // score, but does not, alone, make every one of them a candidate.
    for (const tag of entry.tags) {
      const list = tagPostings.get(tag) ?? []
      if ((frequencies?.tagged?.(tag) ?? list.length) > cap) continue
      const bonus = options.tagWeight / entry.tags.size
      for (const doc of list) {
        if (scratch.touched[doc] === 0) {
          scratch.touched[doc] = 1
          scratch.candidates[scratch.count++] = doc
        }
        scratch.quick[doc] = (scratch.quick[doc] ?? 0) + bonus
      }
    }
    // ... picks the few that get the exact score.
    const candidates = scratch.candidates.subarray(0, scratch.count)
    const best = topByQuickScore(candidates, scratch.quick, options.rerankCandidates)
    for (const doc of candidates) {
      scratch.quick[doc] = 0
      scratch.touched[doc] = 0
    }
    // The article's weights spread over the vocabulary make each exact cosine 40 reads.
    const { ids, weights } = entry.vector
    ids.forEach((id, i) => (entryWeights[id] = weights[i] ?? 0))
    const scored: { doc: number; score: number }[] = []
    for (const doc of best) {
      const other = indexed[doc]
      if (!other || !isCandidate(entry, other)) continue
      const text = denseDot(entryWeights, other.vector.ids, other.vector.weights)
      scored.push({ doc, score: pairScore(entry, other, text, sharedTagCount(entry, other), options) })
    }
    for (const id of ids) entryWeights[id] = 0
    result[entry.source.slug] = linksFor(entry, scored, prepared, options)
  }
  return result
}

/**
 * The same ranking by comparing every pair of articles: quadratic, kept as
 * the reference that tests hold `buildRelatedMap` to and that the benchmark
 * measures it against.
 */
export function buildRelatedMapAllPairs(articles: readonly RelatedSource[], options: RelatedOptions): RelatedMap {
  const prepared = prepare(articles, options)
  const result: RelatedMap = {}
  for (const entry of prepared.indexed) {
    const scored: { doc: number; score: number }[] = []
    prepared.indexed.forEach((other, doc) => {
      if (!isCandidate(entry, other)) return
      const text = cosine(entry.vector, other.vector)
      const shared = sharedTagCount(entry, other)
      if (text > 0 || shared > 0) scored.push({ doc, score: pairScore(entry, other, text, shared, options) })
    })
    result[entry.source.slug] = linksFor(entry, scored, prepared, options)
  }
  return result
}
