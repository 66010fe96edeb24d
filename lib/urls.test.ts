import { describe, expect, it } from 'vitest'
import { isKnownNotFound, isMalformedPath, isSlug, pagedHref, slugify } from './urls'

describe('slugify', () => {
  it('turns names in any script into plain ASCII URL segments', () => {
    expect(slugify('Cloud Act')).toBe('cloud-act')
    expect(slugify('Café')).toBe('cafe')
    expect(slugify('Café'.normalize('NFD'))).toBe('cafe')
    expect(slugify('Łódź Straße')).toBe('lodz-strasse')
    expect(slugify('Привет мир')).toBe('privet-mir')
    expect(slugify('Ελλάδα')).toBe('ellada')
    expect(slugify('東京')).toBe('dongjing')
    expect(slugify('दिल्ली')).toBe('dilli')
    expect(slugify('🚀')).toBe('rocket')
    expect(slugify('U.S. Justice Department')).toBe('u-s-justice-department')
    expect(slugify('Microsoft’s Cloud: What Changes in 2027?')).toBe('microsofts-cloud-what-changes-in-2027')
  })

  it('keeps names apart that differ only by a meaningful symbol', () => {
    expect(new Set(['C', 'C++', 'C#', 'F#'].map(slugify))).toEqual(new Set(['c', 'c-plus-plus', 'c-sharp', 'f-sharp']))
    expect(slugify('AT&T')).toBe('at-and-t')
  })

  it('is empty for a name with no letters or digits, and always makes a valid slug otherwise', () => {
    expect(slugify('!!!')).toBe('')
    expect(slugify('  ')).toBe('')
    for (const name of ['Café', 'C++', '東京の天気', '🚀 Launch', 'a--b', '-x-', "Microsoft's Cloud: 2027?"]) {
      expect(isSlug(slugify(name)), name).toBe(true)
    }
  })
})

describe('paths', () => {
  it('pages later list pages under the list', () => {
    expect(pagedHref('/')(1)).toBe('/')
    expect(pagedHref('/')(2)).toBe('/page/2')
    expect(pagedHref('/tags/zune')(3)).toBe('/tags/zune/page/3')
  })
})

describe('isKnownNotFound', () => {
  const articles = new Set(['microsoft-loses-first-round-over-dublin-emails'])
  const isArticle = (slug: string) => articles.has(slug)

  it('refuses any path whose percent-encoding does not decode', () => {
    for (const path of [
      '/posts/%E0%A4%A',
      '/tags/%',
      '/page/%E0%A4%A',
      '/tags/%ff',
      '/posts/%C0%AF',
      '/authors/%%',
      '/x/%u0041',
    ]) {
      expect(isMalformedPath(path), path).toBe(true)
      expect(isKnownNotFound(path, isArticle), path).toBe(true)
    }
  })

  it('refuses article paths of unknown slugs, and what hangs off them', () => {
    expect(isKnownNotFound('/posts/no-such-article', isArticle)).toBe(true)
    expect(isKnownNotFound(`/posts/${'a'.repeat(5000)}`, isArticle)).toBe(true)
    expect(isKnownNotFound('/posts/no-such-article/opengraph-image', isArticle)).toBe(true)
  })

  it('lets known articles and every other route through', () => {
    expect(isKnownNotFound('/posts/microsoft-loses-first-round-over-dublin-emails', isArticle)).toBe(false)
    expect(isKnownNotFound('/posts/microsoft-loses-first-round-over-dublin-emails/opengraph-image', isArticle)).toBe(
      false,
    )
    for (const path of ['/', '/posts', '/posts/', '/tags/zune', '/tags/caf%C3%A9', '/page/2']) {
      expect(isKnownNotFound(path, isArticle), path).toBe(false)
    }
  })
})
