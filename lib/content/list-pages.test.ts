import { describe, expect, it } from 'vitest'
import { isMissingListPage, isMissingSitemap, listPages, visibleCount } from './list-pages'

const post = (
  slug: string,
  date: string,
  tags: string[],
  extra: { draft?: boolean; author?: string; notes?: number } = {},
) => ({
  slug,
  date,
  tags,
  draft: extra.draft ?? false,
  authors: [extra.author ?? 'jane-roe'],
  credits: [],
  category: 'Tech',
  corrections: Array.from({ length: extra.notes ?? 0 }, () => ({})),
})

// 23 articles, three per page: eight pages on the home page.
const posts = [
  // Five notes on published articles (three on the first, two on the second): with two a page, /corrections has
  // three pages in production.
  ...Array.from({ length: 21 }, (_, i) =>
    post(`story-${i}`, `2014-07-${String(i + 1).padStart(2, '0')}`, ['Privacy'], { notes: [3, 2][i] ?? 0 }),
  ),
  post('a-draft', '2014-08-02', ['Draft Only'], { draft: true, notes: 1 }),
  post('scheduled', '2999-01-01T09:00:00Z', ['Cloud Act'], { author: 'sam-poe', notes: 2 }),
]
const builtAt = Date.parse('2026-01-01T00:00:00Z')
// Every author has a profile; Lee Moe has no article.
const authors = ['jane-roe', 'sam-poe', 'lee-moe']
const lists = listPages(posts, [{ name: 'Tech', slug: 'tech', description: 'Technology.' }], authors, builtAt)
const pagesOf = (path: string) => Math.ceil(visibleCount(lists[path] ?? { live: 0 }, 'preview', builtAt) / 3)
const preview = { environment: 'preview' as const, now: builtAt, perPage: 3, perCorrectionsPage: 2, perTopicsPage: 2 }
const production = { environment: 'production' as const, now: builtAt, perPage: 3, perCorrectionsPage: 2, perTopicsPage: 2 }

describe('listPages', () => {
  it('counts the pages of every list on a preview, drafts and scheduled articles included', () => {
    expect(pagesOf('/')).toBe(8)
    expect(pagesOf('/tags/privacy')).toBe(7)
    expect(pagesOf('/tags/draft-only')).toBe(1)
    expect(pagesOf('/tags/cloud-act')).toBe(1)
    expect(pagesOf('/authors/sam-poe')).toBe(1)
    expect(pagesOf('/sections/tech')).toBe(8)
    expect(pagesOf('/archive/2014')).toBe(8)
    expect(pagesOf('/archive/2014/07')).toBe(7)
    expect(pagesOf('/archive/2999/01')).toBe(1)
  })

  it('keeps apart what is published, what is scheduled and when, and what is a draft', () => {
    expect(lists['/']).toEqual({ live: 21, scheduled: [Date.parse('2999-01-01T09:00:00Z')], drafts: 1 })
    expect(lists['/tags/draft-only']).toEqual({ live: 0, drafts: 1 })
  })
})

describe('isMissingListPage', () => {
  it('lets through every list, feed and page the content has', () => {
    for (const path of [
      '/',
      '/page/2',
      '/page/8',
      '/tags/privacy',
      '/tags/privacy/feed.xml',
      '/tags/privacy/page/7',
      '/authors/jane-roe/page/2',
      '/sections/tech/feed.xml',
      '/archive/2014',
      '/archive/2014/page/8',
      '/archive/2014/07/page/7',
    ]) {
      expect(isMissingListPage(path, lists, preview), path).toBe(false)
    }
  })

  it('stops made-up lists and pages past the end', () => {
    for (const path of [
      '/page/1',
      '/page/9',
      '/page/02',
      '/tags/made-up',
      '/tags/made-up/feed.xml',
      '/tags/privacy/page/8',
      '/tags/privacy/page/x',
      '/authors/jane-roe/feed.xml',
      '/sections/sport',
      '/archive/2015',
      '/archive/2014/7',
      '/archive/2014/07/page/8',
      // Any other shape under a list's route: extra segments, a feed where there is none, an RSC suffix.
      '/tags/privacy/extra',
      '/tags/privacy/page',
      '/tags/privacy/page/2/3',
      '/tags/privacy/feed.xml/page/2',
      '/authors/jane-roe/x/y/z',
      '/archive/2014/07/feed.xml',
      '/archive/2014/07.rsc',
      '/page',
      '/page/2/3',
    ]) {
      expect(isMissingListPage(path, lists, preview), path).toBe(true)
    }
  })

  it('has a page for every author with a profile, articles or not, and none for an id without one', () => {
    for (const visibility of [production, preview]) {
      expect(isMissingListPage('/authors/lee-moe', lists, visibility)).toBe(false)
      expect(isMissingListPage('/authors/sam-poe', lists, visibility)).toBe(false)
      expect(isMissingListPage('/authors/lee-moe/page/2', lists, visibility)).toBe(true)
      expect(isMissingListPage('/authors/jane-roe-2', lists, visibility)).toBe(true)
    }
  })

  it('pages /corrections by its notes, each counted as its article is: published, scheduled until its time, or a draft', () => {
    expect(lists['/corrections']).toEqual({ live: 5, scheduled: [Date.parse('2999-01-01T09:00:00Z'), Date.parse('2999-01-01T09:00:00Z')], drafts: 1 })
    expect(isMissingListPage('/corrections/page/3', lists, production)).toBe(false)
    expect(isMissingListPage('/corrections/page/4', lists, production)).toBe(true)
    // A preview shows the scheduled article's and the draft's notes too: eight notes, four pages.
    expect(isMissingListPage('/corrections/page/4', lists, preview)).toBe(false)
    expect(isMissingListPage('/corrections/page/5', lists, preview)).toBe(true)
    for (const path of ['/corrections/page/1', '/corrections/page/02', '/corrections/2', '/corrections/x']) {
      expect(isMissingListPage(path, lists, production), path).toBe(true)
    }
    // The page itself and its feed are there with no corrections at all.
    const none = listPages([], [], [], builtAt)
    expect(isMissingListPage('/corrections/feed.xml', none, production)).toBe(false)
    expect(isMissingListPage('/corrections/page/2', none, production)).toBe(true)
  })

  it('pages the topics index (/tags) by the topics a reader sees: a topic of a draft or a scheduled article only on a preview', () => {
    // Privacy (published), Draft Only (a draft) and Cloud Act (scheduled): two a page.
    expect(isMissingListPage('/tags', lists, production)).toBe(false)
    expect(isMissingListPage('/tags/page/2', lists, preview)).toBe(false)
    expect(isMissingListPage('/tags/page/3', lists, preview)).toBe(true)
    expect(isMissingListPage('/tags/page/2', lists, production)).toBe(true)
    // One a page: Cloud Act's page is there from its article's minute.
    const onePerPage = { ...production, perTopicsPage: 1 }
    expect(isMissingListPage('/tags/page/2', lists, onePerPage)).toBe(true)
    expect(isMissingListPage('/tags/page/2', lists, { ...onePerPage, now: Date.parse('2999-01-01T09:00:00Z') })).toBe(false)
    for (const path of ['/tags/page/1', '/tags/page/02', '/tags/page/x']) {
      expect(isMissingListPage(path, lists, preview), path).toBe(true)
    }
    // The index is there with no topics at all.
    expect(isMissingListPage('/tags', listPages([], [], [], builtAt), production)).toBe(false)
  })

  it('leaves other paths to the routes', () => {
    for (const path of ['/archive', '/search', '/posts/story-1', '/corrections/feed.xml', '/feed.xml', '/constructor/x', '/__proto__/x']) {
      expect(isMissingListPage(path, lists, preview), path).toBe(false)
    }
  })

  it('in production, a list or page that only a draft or a scheduled article makes is missing until it is live', () => {
    for (const path of ['/tags/draft-only', '/tags/cloud-act', '/authors/sam-poe/page/2', '/archive/2999', '/archive/2999/01', '/page/8']) {
      expect(isMissingListPage(path, lists, production), path).toBe(true)
    }
    // 21 published articles: seven pages of three.
    expect(isMissingListPage('/page/7', lists, production)).toBe(false)
    const later = { ...production, now: Date.parse('2999-01-01T09:00:00Z') }
    for (const path of ['/tags/cloud-act', '/authors/sam-poe', '/archive/2999/01', '/page/8']) {
      expect(isMissingListPage(path, lists, later), path).toBe(false)
    }
    expect(isMissingListPage('/authors/sam-poe/page/2', lists, later)).toBe(true)
    expect(isMissingListPage('/tags/draft-only', lists, later)).toBe(true)
  })
})

describe('isMissingSitemap', () => {
  const files = { environment: 'production' as const, now: builtAt, perFile: 10 }
  it('knows the sitemap files the site has now: one a year with articles, continued past the limit', () => {
    // 2014 has 21 published articles: three files of ten at most.
    // The lists' file: the corrections and archive pages, the five pages about the newsroom and the six lists
    // a reader can see, thirteen entries: two files of ten at most.
    for (const name of ['pages.xml', 'pages-2.xml', 'articles-2014.xml', 'articles-2014-2.xml', 'articles-2014-3.xml']) {
      expect(isMissingSitemap(`/sitemaps/${name}`, lists, files), name).toBe(false)
    }
    for (const name of [
      'articles-2014-4.xml',
      'articles-2014-1.xml',
      'articles-2031.xml',
      // Only a scheduled article, not yet live, in 2999.
      'articles-2999.xml',
      'pages-3.xml',
      'articles-2014.xml.rsc',
      'no-such-file.xml',
    ]) {
      expect(isMissingSitemap(`/sitemaps/${name}`, lists, files), name).toBe(true)
    }
    expect(isMissingSitemap('/sitemaps/articles-2999.xml', lists, { ...files, now: Date.parse('2999-01-01T09:00:00Z') })).toBe(false)
    expect(isMissingSitemap('/tags/privacy', lists, files)).toBe(false)
  })
})
