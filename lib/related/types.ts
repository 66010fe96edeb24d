/** The shapes the related-posts ranking reads and writes, shared by the build step and the pages. */

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
  /**
   * The article's terms and their weights as `relatedTerms` wrote them when the article was stored (the store
   * keeps them beside the row), read instead of stemming the title, summary and lede again; absent, they are
   * read from those.
   */
  terms?: string
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
  /** Words of the body read for matching, from its start (the lede and what follows). */
  bodyWords: number
  /** How much a word counts by where it stands. */
  fieldWeights: { title: number; summary: number; body: number }
  /** Only an article's most distinctive terms are indexed; this bounds work per article. */
  maxTermsPerArticle: number
  /** Articles kept per term (and the size above which a tag stops proposing candidates). */
  maxPostingsPerTerm: number
  /** How many of an article's strongest terms are looked up to find candidates. */
  queryTermsPerArticle: number
  /** Best quick-scored candidates that get an exact score. */
  rerankCandidates: number
  /** Weights of the three signals; they add up to the score before recency. */
  textWeight: number
  tagWeight: number
  categoryWeight: number
  /** Share of the score that decays with the time between two articles (0 turns recency off). */
  recencyWeight: number
  /** Days between two articles after which the decaying share is halved. */
  recencyHalfLifeDays: number
}
