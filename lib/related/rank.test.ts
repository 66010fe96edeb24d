import { describe, expect, it } from 'vitest'
import { buildRelatedMap } from './rank'
import type { RelatedSource } from './types'
import { parseRelatedMap } from './map'
import { siteConfig } from '../site'

const options = siteConfig.related

function article(slug: string, fields: Partial<RelatedSource> = {}): RelatedSource {
  return {
    slug,
    title: slug.replaceAll('-', ' '),
    summary: '',
    body: '',
    category: 'Tech',
    tags: [],
    date: '2020-01-01T00:00:00.000Z',
    draft: false,
    related: [],
    inlineRelated: [],
    ...fields,
  }
}

const warrant = (slug: string, fields: Partial<RelatedSource> = {}) =>
  article(slug, {
    title: 'Microsoft fights warrant for emails stored in Dublin',
    summary: 'Prosecutors want emails held on servers in Ireland.',
    body: 'The warrant asks Microsoft for customer emails stored in a Dublin data centre.',
    category: 'Policy',
    tags: ['Microsoft', 'Warrants'],
    ...fields,
  })

const unrelated = article('recipe', {
  title: 'Slow roasted tomatoes with garlic',
  summary: 'A weekend recipe for late summer tomatoes.',
  body: 'Halve the tomatoes, add garlic and olive oil, and roast for three hours.',
  category: 'Food',
  tags: ['Cooking'],
})

const slugs = (map: ReturnType<typeof buildRelatedMap>, slug: string) => map[slug]?.map((link) => link.slug)

describe('buildRelatedMap', () => {
  it('ranks articles on the same story and leaves out unrelated ones', () => {
    const map = buildRelatedMap([warrant('ruling'), warrant('appeal'), unrelated], options)
    expect(slugs(map, 'ruling')).toEqual(['appeal'])
    expect(slugs(map, 'recipe')).toEqual([])
  })

  it('never lists the article itself, a draft, or an article already linked inline', () => {
    const map = buildRelatedMap(
      [
        warrant('ruling', { inlineRelated: ['inline'] }),
        warrant('inline'),
        warrant('draft', { draft: true }),
        warrant('appeal'),
      ],
      options,
    )
    expect(slugs(map, 'ruling')).toEqual(['appeal'])
  })

  it('gives drafts a list of published articles, for previews', () => {
    const map = buildRelatedMap([warrant('draft', { draft: true }), warrant('appeal')], options)
    expect(slugs(map, 'draft')).toEqual(['appeal'])
  })

  it('puts pinned articles first, in the editor’s order, even when they score lower', () => {
    const map = buildRelatedMap(
      [warrant('ruling', { related: ['recipe', 'appeal'] }), warrant('appeal'), warrant('supreme'), unrelated],
      options,
    )
    expect(slugs(map, 'ruling')).toEqual(['recipe', 'appeal', 'supreme'])
  })

  it('prefers the newer of two equally close matches', () => {
    const map = buildRelatedMap(
      [
        warrant('new', { date: '2026-01-01T00:00:00.000Z' }),
        warrant('old-match', { slug: 'a-old', date: '2014-01-01T00:00:00.000Z' }),
        warrant('recent-match', { slug: 'z-recent', date: '2025-06-01T00:00:00.000Z' }),
      ],
      options,
    )
    expect(slugs(map, 'new')).toEqual(['z-recent', 'a-old'])
  })

  it('gives a reader-facing reason from the first shared tag', () => {
    const map = buildRelatedMap([warrant('ruling'), warrant('appeal')], options)
    expect(map['ruling']?.[0]?.reason).toBe('More on Microsoft')
  })

  it('is the same whatever order the articles come in', () => {
    const articles = [warrant('c'), warrant('a'), warrant('b'), warrant('d'), unrelated]
    expect(buildRelatedMap(articles.toReversed(), options)).toEqual(buildRelatedMap(articles, options))
  })
})

describe('parseRelatedMap', () => {
  it('reads what the content build wrote and rejects anything else', () => {
    expect(parseRelatedMap({ a: [{ slug: 'b', reason: null }] })).toEqual({ a: [{ slug: 'b', reason: null }] })
    expect(() => parseRelatedMap({ a: [{ reason: 'x' }] })).toThrow(/bad entry under a/)
    expect(() => parseRelatedMap(null)).toThrow()
  })
})
