import { describe, expect, it } from 'vitest'
import { labelledCorpus } from './fixtures/related-corpus'
import { buildRelatedMap, buildRelatedMapAllPairs } from './rank'
import { relatedTerms, termsOfLine } from './kept-terms'
import { documentFrequencies, strongestTermsOf } from './vectors'
import { siteConfig } from '../site'

const options = siteConfig.related
const map = buildRelatedMap(labelledCorpus, options)
const topicOf = new Map(labelledCorpus.map((article) => [article.slug, article.topic]))

/** What a reader sees: the first `limit` entries (the map keeps spares for scheduled articles). */
const shown = (slug: string) => (map[slug] ?? []).slice(0, options.limit).map((link) => link.slug)

describe('related posts on a labelled corpus', () => {
  it('has the size and spread the quality bar asks for', () => {
    expect(labelledCorpus.length).toBeGreaterThanOrEqual(40)
    expect(new Set(topicOf.values()).size).toBeGreaterThanOrEqual(5)
  })

  it('shows on-topic articles: precision@3 of at least 0.9', () => {
    let onTopic = 0
    let total = 0
    for (const article of labelledCorpus) {
      for (const slug of shown(article.slug)) {
        total += 1
        if (topicOf.get(slug) === article.topic) onTopic += 1
      }
    }
    const precision = onTopic / total
    console.log(`precision@3 = ${precision.toFixed(3)} over ${total} shown links`)
    expect(total).toBeGreaterThanOrEqual(100)
    expect(precision).toBeGreaterThanOrEqual(0.9)
  })

  it('fills the list for articles whose topic has neighbours', () => {
    const full = labelledCorpus.filter((article) => article.topic !== 'chess' && shown(article.slug).length === 3)
    expect(full.length / (labelledCorpus.length - 1)).toBeGreaterThanOrEqual(0.9)
  })

  it('shows nothing for an article with no on-topic neighbour', () => {
    expect(shown('c-world-chess-final')).toEqual([])
  })

  it('puts the newest warrant stories first for the 2025 one, ahead of the 2014 ruling', () => {
    const list = shown('w-cloud-act-agreements-2025')
    expect(list[0]).toBe('w-cloud-act-signed')
    expect(list).not.toContain('w-judge-orders-microsoft-emails')
  })

  it('prefers the newer of two equally close matches', () => {
    const [base] = labelledCorpus
    if (!base) throw new Error('empty corpus')
    const twin = (slug: string, date: string) => ({ ...base, slug, date })
    const ranked = buildRelatedMap(
      [
        twin('reader', '2025-01-01T00:00:00.000Z'),
        twin('a-old-twin', '2014-01-01T00:00:00.000Z'),
        twin('b-new-twin', '2024-06-01T00:00:00.000Z'),
      ],
      options,
    )
    expect(ranked['reader']?.map((link) => link.slug)).toEqual(['b-new-twin', 'a-old-twin'])
  })

  it('gives exactly the lists that comparing every pair gives', () => {
    expect(map).toEqual(buildRelatedMapAllPairs(labelledCorpus, options))
  })

  it('gives the same lists from the terms the store keeps as from the articles’ text', () => {
    // What a publish reads of an article it did not compile: the terms counted when it was stored, no text.
    const stored = labelledCorpus.map((article) => ({ ...article, terms: relatedTerms(article, options), body: '' }))
    expect(buildRelatedMap(stored, options)).toEqual(map)
  })

  it('ranks a few articles’ lists exactly as ranking every article ranks them', () => {
    const few = new Set(labelledCorpus.filter((_, i) => i % 7 === 0).map((article) => article.slug))
    const ranked = buildRelatedMap(labelledCorpus, options, few)
    expect(Object.keys(ranked).toSorted()).toEqual([...few].toSorted())
    for (const slug of few) expect(ranked[slug]).toEqual(map[slug])
  })

  it('ranks a few lists from only the articles they reach, given the archive’s frequencies, as ranking every article does', () => {
    // What a publish reads of the store (lib/store/related-reach.ts): the articles that use one of the few's
    // strongest terms or share one of their less common tags, and those they pin.
    const stored = labelledCorpus.map((article) => ({ ...article, terms: relatedTerms(article, options), body: '' }))
    const counts = documentFrequencies(stored, options)
    const lower = (tags: readonly string[]) => tags.map((tag) => tag.toLowerCase())
    const tagged = (tag: string) => stored.filter((a) => !a.draft && lower(a.tags).includes(tag)).length
    const frequencies = { documents: stored.length, of: (term: string) => counts.get(term) ?? 0, tagged }
    for (const picked of [[0], [9], [17, 31]]) {
      const few = stored.filter((_, i) => picked.includes(i))
      const strong = new Set(strongestTermsOf(few, options, frequencies, options.queryTermsPerArticle).flat())
      const tags = new Set(lower(few.flatMap((a) => a.tags)).filter((tag) => tagged(tag) <= options.maxPostingsPerTerm))
      const pinned = new Set(few.flatMap((a) => a.related))
      const reached = stored.filter(
        (a) =>
          few.includes(a) ||
          pinned.has(a.slug) ||
          termsOfLine(a.terms).some((term) => strong.has(term)) ||
          lower(a.tags).some((tag) => tags.has(tag)),
      )
      expect(reached.length).toBeLessThan(stored.length * 0.75)
      const slugs = new Set(few.map((a) => a.slug))
      const ranked = buildRelatedMap(reached, options, slugs, frequencies)
      for (const slug of slugs) expect(ranked[slug]).toEqual(map[slug])
    }
  })
})
