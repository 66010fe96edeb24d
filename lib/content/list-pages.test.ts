import { describe, expect, it } from 'vitest'
import { isMissingListPage, listPages } from './list-pages'

const post = (slug: string, date: string, tags: string[], extra: { draft?: boolean; author?: string } = {}) => ({
  slug,
  date,
  tags,
  draft: extra.draft ?? false,
  author: extra.author ?? 'Jane Roe',
  category: 'Tech',
})

// 23 articles, three per page: eight pages on the home page.
const posts = [
  ...Array.from({ length: 21 }, (_, i) => post(`story-${i}`, `2014-07-${String(i + 1).padStart(2, '0')}`, ['Privacy'])),
  post('a-draft', '2014-08-02', ['Draft Only'], { draft: true }),
  post('scheduled', '2999-01-01T09:00:00Z', ['Cloud Act'], { author: 'Sam Poe' }),
]
const lists = listPages(posts, 3)

describe('listPages', () => {
  it('counts the pages of every list, drafts and scheduled articles included', () => {
    expect(lists['/']).toBe(8)
    expect(lists['/tags/privacy']).toBe(7)
    expect(lists['/tags/draft-only']).toBe(1)
    expect(lists['/tags/cloud-act']).toBe(1)
    expect(lists['/authors/sam-poe']).toBe(1)
    expect(lists['/sections/tech']).toBe(8)
    expect(lists['/archive/2014']).toBe(8)
    expect(lists['/archive/2014/07']).toBe(7)
    expect(lists['/archive/2999/01']).toBe(1)
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
      expect(isMissingListPage(path, lists), path).toBe(false)
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
    ]) {
      expect(isMissingListPage(path, lists), path).toBe(true)
    }
  })

  it('leaves other paths to the routes', () => {
    for (const path of ['/tags', '/archive', '/search', '/posts/story-1', '/corrections/feed.xml']) {
      expect(isMissingListPage(path, lists), path).toBe(false)
    }
  })
})
