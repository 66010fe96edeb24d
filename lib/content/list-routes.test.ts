import { describe, expect, it } from 'vitest'
import { listPageHref, listPath, parseListPath, type ListRef } from './list-routes'

const parse = (path: string) => parseListPath(path.split('/').filter(Boolean))

describe('parseListPath', () => {
  it('reads every kind of list, its later pages and its feed', () => {
    expect(parse('/')).toEqual({ list: { kind: 'home' }, page: 1, feed: false })
    expect(parse('/page/3')).toEqual({ list: { kind: 'home' }, page: 3, feed: false })
    expect(parse('/tags/privacy')).toEqual({ list: { kind: 'tag', slug: 'privacy' }, page: 1, feed: false })
    expect(parse('/tags/page/page/2')).toEqual({ list: { kind: 'tag', slug: 'page' }, page: 2, feed: false })
    expect(parse('/tags')).toEqual({ list: { kind: 'topics' }, page: 1, feed: false })
    expect(parse('/tags/page/5')).toEqual({ list: { kind: 'topics' }, page: 5, feed: false })
    // A topic named "page" keeps its own page and feed beside the index's later pages.
    expect(parse('/tags/page')).toEqual({ list: { kind: 'tag', slug: 'page' }, page: 1, feed: false })
    expect(parse('/tags/page/feed.xml')).toEqual({ list: { kind: 'tag', slug: 'page' }, page: 1, feed: true })
    expect(parse('/tags/privacy/feed.xml')).toEqual({ list: { kind: 'tag', slug: 'privacy' }, page: 1, feed: true })
    expect(parse('/authors/jane-roe/page/12')).toEqual({ list: { kind: 'author', slug: 'jane-roe' }, page: 12, feed: false })
    expect(parse('/sections/tech/feed.xml')).toEqual({ list: { kind: 'section', slug: 'tech' }, page: 1, feed: true })
    expect(parse('/archive/2014')).toEqual({ list: { kind: 'archive', year: 2014 }, page: 1, feed: false })
    expect(parse('/archive/2014/07/page/2')).toEqual({ list: { kind: 'archive', year: 2014, month: 7 }, page: 2, feed: false })
  })

  it('gives NaN for a page number that is not a plain integer of 2 or more', () => {
    for (const path of ['/page/1', '/page/0', '/page/02', '/page/1e1', '/tags/privacy/page/-2', '/archive/2014/page/two', '/tags/page/1', '/tags/page/x']) {
      expect(parse(path)?.page, path).toBeNaN()
    }
  })

  it('names no list for any other shape under a list route', () => {
    for (const path of [
      '/page',
      '/page/2/3',
      '/tags/privacy/extra',
      '/tags/privacy/page/2/feed.xml',
      '/authors/jane-roe/feed.xml',
      '/archive/2014/7',
      '/archive/14',
      '/archive/2014/13',
      '/archive/2014/07/01',
      '/archive/2014/07.rsc',
      '/archive/2014/feed.xml',
    ]) {
      expect(parse(path), path).toBeNull()
    }
  })

  it('leaves paths outside the lists, and the lists’ own indexes, to their routes', () => {
    for (const path of ['/archive', '/search', '/posts/a-story', '/feed.xml', '/toString/x', '/constructor/page/2']) {
      expect(parse(path), path).toBeUndefined()
    }
  })

  it('reads back every path it builds', () => {
    const lists: ListRef[] = [
      { kind: 'home' },
      { kind: 'tag', slug: 'cloud-act' },
      { kind: 'author', slug: 'jane-roe' },
      { kind: 'section', slug: 'policy' },
      { kind: 'archive', year: 2016 },
      { kind: 'archive', year: 2016, month: 3 },
      { kind: 'topics' },
    ]
    for (const list of lists) {
      expect(parse(listPath(list))?.list).toEqual(list)
      for (const page of [1, 2, 40]) expect(parse(listPageHref(list)(page))).toEqual({ list, page, feed: false })
    }
  })
})
