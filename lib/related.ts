import { plainText, terms } from './terms'

/** What the ranking needs to know of an article. */
export type RelatedSource = {
  slug: string
  title: string
  summary: string
  /** Raw MDX body. */
  body: string
  category: string
  tags: readonly string[]
  /** ISO date of publication. */
  date: string
  draft: boolean
  /** Slugs the editor pinned, in order. */
  related: readonly string[]
  /** Slugs already linked from the body with <Related>. */
  inlineRelated: readonly string[]
}

export type RelatedLink = {
  slug: string
  /** A short human reason ("More on Microsoft"), or null where none reads naturally. */
  reason: string | null
}

export type RelatedMap = Record<string, RelatedLink[]>

export type RelatedOptions = {
  /** How many related articles a page shows. */
  limit: number
  /**
   * Extra ranked entries kept beyond `limit`, so a page can still fill its
   * list after dropping entries that are not visible yet (scheduled articles).
   */
  spare: number
  /** Scores below this are weak matches and never shown. */
  minScore: number
  /** How much a word counts by where it stands. */
  fieldWeights: { title: number; summary: number; body: number }
  /** Only an article's most distinctive terms are indexed; this bounds work per article. */
  maxTermsPerArticle: number
  /** Weights of the three signals; they add up to the score before recency. */
  textWeight: number
  tagWeight: number
  categoryWeight: number
  /** Share of the score that decays with the time between two articles (0 turns recency off). */
  recencyWeight: number
  /** Days between two articles after which the decaying share is halved. */
  recencyHalfLifeDays: number
}

type Indexed = {
  source: RelatedSource
  vector: Map<string, number>
  tags: Set<string>
  time: number
}

const DAY_MS = 86_400_000

function termCounts(source: RelatedSource, weights: RelatedOptions['fieldWeights']): Map<string, number> {
  const counts = new Map<string, number>()
  const add = (text: string, weight: number) => {
    for (const term of terms(text)) counts.set(term, (counts.get(term) ?? 0) + weight)
  }
  add(source.title, weights.title)
  add(source.summary, weights.summary)
  add(plainText(source.body), weights.body)
  return counts
}

/** TF-IDF vectors, cut to each article's strongest terms and scaled to unit length. */
function indexArticles(sources: readonly RelatedSource[], options: RelatedOptions): Indexed[] {
  const counts = sources.map((source) => termCounts(source, options.fieldWeights))
  const documentFrequency = new Map<string, number>()
  for (const c of counts)
    for (const term of c.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1)

  return sources.map((source, i) => {
    const weighted: [string, number][] = []
    for (const [term, count] of counts[i] ?? []) {
      const idf = Math.log(sources.length / (documentFrequency.get(term) ?? 1))
      // Sublinear tf: a word said ten times is not ten times as telling.
      if (idf > 0) weighted.push([term, (1 + Math.log(count)) * idf])
    }
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    const kept = weighted.slice(0, options.maxTermsPerArticle)
    const norm = Math.hypot(...kept.map(([, w]) => w)) || 1
    return {
      source,
      vector: new Map(kept.map(([term, w]) => [term, w / norm])),
      tags: new Set(source.tags.map((tag) => tag.toLowerCase())),
      time: Date.parse(source.date),
    }
  })
}

function reasonFor(a: RelatedSource, b: RelatedSource): string | null {
  const theirs = new Set(b.tags.map((tag) => tag.toLowerCase()))
  const shared = a.tags.find((tag) => theirs.has(tag.toLowerCase()))
  if (shared) return `More on ${shared}`
  if (a.category === b.category) return `Also in ${a.category}`
  return null
}

/**
 * Ranks related articles for every article at once. Only pairs that share a
 * term or a tag are scored (through an inverted index), so the cost follows
 * the overlap in the archive, not its size squared.
 *
 * Drafts get a list (for previews) but never appear in one. Pinned slugs
 * come first in the editor's order; articles already linked inline, and the
 * article itself, never appear.
 */
export function buildRelatedMap(articles: readonly RelatedSource[], options: RelatedOptions): RelatedMap {
  // A stable order makes floating-point sums, and so ties, the same on every machine.
  const sorted = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  const indexed = indexArticles(sorted, options)
  const bySlug = new Map(indexed.map((entry, i) => [entry.source.slug, i]))

  const termPostings = new Map<string, { doc: number; weight: number }[]>()
  const tagPostings = new Map<string, number[]>()
  indexed.forEach((entry, doc) => {
    if (entry.source.draft) return
    for (const [term, weight] of entry.vector) {
      const list = termPostings.get(term) ?? []
      list.push({ doc, weight })
      termPostings.set(term, list)
    }
    for (const tag of entry.tags) {
      const list = tagPostings.get(tag) ?? []
      list.push(doc)
      tagPostings.set(tag, list)
    }
  })

  const textScore = new Float64Array(indexed.length)
  const sharedTags = new Uint16Array(indexed.length)
  const result: RelatedMap = {}

  indexed.forEach((entry, self) => {
    const touched: number[] = []
    const touch = (doc: number) => {
      if (textScore[doc] === 0 && sharedTags[doc] === 0) touched.push(doc)
    }
    for (const [term, weight] of entry.vector) {
      for (const posting of termPostings.get(term) ?? []) {
        touch(posting.doc)
        textScore[posting.doc] = (textScore[posting.doc] ?? 0) + weight * posting.weight
      }
    }
    for (const tag of entry.tags) {
      for (const doc of tagPostings.get(tag) ?? []) {
        touch(doc)
        sharedTags[doc] = (sharedTags[doc] ?? 0) + 1
      }
    }

    const excluded = new Set([entry.source.slug, ...entry.source.related, ...entry.source.inlineRelated])
    const scored: { doc: number; score: number }[] = []
    for (const doc of touched) {
      const other = indexed[doc]
      const text = textScore[doc] ?? 0
      const shared = sharedTags[doc] ?? 0
      textScore[doc] = 0
      sharedTags[doc] = 0
      if (!other || doc === self || excluded.has(other.source.slug)) continue
      const tagScore = shared === 0 ? 0 : shared / Math.sqrt(entry.tags.size * other.tags.size)
      const sameCategory = other.source.category === entry.source.category ? 1 : 0
      const base = options.textWeight * text + options.tagWeight * tagScore + options.categoryWeight * sameCategory
      const gapDays = Math.abs(entry.time - other.time) / DAY_MS
      const recency = 1 - options.recencyWeight + options.recencyWeight * 2 ** (-gapDays / options.recencyHalfLifeDays)
      const score = base * recency
      if (score >= options.minScore) scored.push({ doc, score })
    }
    scored.sort((a, b) => b.score - a.score || a.doc - b.doc)

    const pinned: RelatedLink[] = entry.source.related.flatMap((slug) => {
      const doc = bySlug.get(slug)
      const other = doc === undefined ? undefined : indexed[doc]
      return other && !other.source.draft && slug !== entry.source.slug ? [{ slug, reason: null }] : []
    })
    const ranked: RelatedLink[] = scored.flatMap(({ doc }) => {
      const other = indexed[doc]
      return other ? [{ slug: other.source.slug, reason: reasonFor(entry.source, other.source) }] : []
    })
    result[entry.source.slug] = [...pinned, ...ranked].slice(0, options.limit + options.spare)
  })
  return result
}

/** Reads the map written by the content build, refusing anything not of its shape. */
export function parseRelatedMap(value: unknown): RelatedMap {
  if (typeof value !== 'object' || value === null) throw new Error('related map: expected an object')
  const map: RelatedMap = {}
  for (const [slug, links] of Object.entries(value)) {
    if (!Array.isArray(links)) throw new Error(`related map: ${slug} is not a list`)
    map[slug] = links.map((link: unknown) => {
      if (typeof link !== 'object' || link === null || !('slug' in link) || typeof link.slug !== 'string') {
        throw new Error(`related map: bad entry under ${slug}`)
      }
      const reason = 'reason' in link && typeof link.reason === 'string' ? link.reason : null
      return { slug: link.slug, reason }
    })
  }
  return map
}
