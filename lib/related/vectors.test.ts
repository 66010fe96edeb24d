import { describe, expect, it } from 'vitest'
import { siteConfig } from '../site'
import type { RelatedSource } from './types'
import { relatedTerms } from './kept-terms'
import { articleVectors, documentFrequencies } from './vectors'

/** A word of letters only (numbers are not terms) for each whole number: a, b, …, z, ba, bb, … */
const wordFor = (n: number): string => {
  let word = ''
  do {
    word = String.fromCharCode(97 + (n % 26)) + word
    n = Math.floor(n / 26)
  } while (n > 0)
  return `zq${word}`
}

/**
 * Articles whose vocabulary is large (each body 120 words no other article uses, 48,000 terms in all, past
 * what a ranking's vocabulary first makes room for), with words outside ASCII and words repeated, so the
 * kept terms carry counts above one.
 */
const corpus: RelatedSource[] = Array.from({ length: 400 }, (_, i) => ({
  slug: `article-${i}`,
  title: `Café über naïve ${wordFor(i % 37)} ${wordFor(i % 11)} Zürich`,
  summary: `Señor ${wordFor(i % 23)} ${wordFor(i % 23)} said ${wordFor(i % 5)}`,
  body: Array.from({ length: 120 }, (_, w) => wordFor(1_000 + i * 120 + w)).join(' '),
  category: i % 2 === 0 ? 'Policy' : 'Business',
  tags: [],
  date: new Date(Date.UTC(2024, 0, 1 + (i % 300))).toISOString(),
  draft: false,
  related: [],
  inlineRelated: [],
}))

describe('article vectors from the terms the store keeps', () => {
  for (const [name, options] of [
    ['the site’s field weights', siteConfig.related],
    // Weights that are not whole numbers make counts such as 3.75.
    [
      'field weights that are not whole numbers',
      { ...siteConfig.related, fieldWeights: { title: 2.5, summary: 1.25, body: 0.5 } },
    ],
  ] as const) {
    it(`are the vectors of the articles’ text, with ${name}`, () => {
      const kept = corpus.map((article) => ({ ...article, terms: relatedTerms(article, options), body: '' }))
      expect(documentFrequencies(kept, options).size).toBeGreaterThan(40_000)
      expect(articleVectors(kept, options)).toEqual(articleVectors(corpus, options))
    })
  }

  it('are compared on kept counts that are not whole numbers when the weights are not', () => {
    const options = { ...siteConfig.related, fieldWeights: { title: 2.5, summary: 1.25, body: 0.5 } }
    const lines = corpus.map((article) => relatedTerms(article, options))
    expect(lines.filter((line) => /:\d+\.\d+( |$)/.test(line)).length).toBe(corpus.length)
  })
})
