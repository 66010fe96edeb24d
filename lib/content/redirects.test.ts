import { describe, expect, it } from 'vitest'
import { byFrom, findRedirect, lookUp, queryKey, redirectKey, type RedirectTable } from './redirects'

const table = (pairs: [string, string][]): RedirectTable => [...pairs].sort(byFrom)

describe('redirectKey', () => {
  it('reads an old address however a browser or crawler spells it', () => {
    for (const spelling of [
      '/blog/2015/03/04/%e6%9d%b1%e4%ba%ac-tokyo/',
      '/blog/2015/03/04/%E6%9D%B1%E4%BA%AC-tokyo',
      '/Blog/2015/03/04/東京-Tokyo//',
    ]) {
      expect(redirectKey(spelling)).toBe('/blog/2015/03/04/東京-tokyo')
    }
  })

  it('keeps the root, and reads index.php as its folder', () => {
    expect(redirectKey('/')).toBe('/')
    expect(redirectKey('')).toBe('/')
    expect(redirectKey('/index.php')).toBe('/')
    expect(redirectKey('/blog/index.php')).toBe('/blog')
  })

  it('leaves percent-encoding that does not decode as it is', () => {
    expect(redirectKey('/tags/%E0%A4%A')).toBe('/tags/%e0%a4%a')
  })
})

describe('findRedirect', () => {
  const redirects = table([
    ['/blog/2013/06/12/data-center', '/posts/data-center'],
    [queryKey('/blog', 'p', '101'), '/posts/data-center'],
    [queryKey('/', 'page_id', '7'), '/about'],
    [queryKey('/blog', 'tag', 'Ireland'), '/tags/ireland'],
    ['/tips', '/contact'],
  ])

  it('sends an old permalink, with or without its slash, to its new home', () => {
    expect(findRedirect(redirects, '/blog/2013/06/12/data-center/', '')).toBe('/posts/data-center')
    expect(findRedirect(redirects, '/blog/2013/06/12/data-center', '')).toBe('/posts/data-center')
  })

  it('carries other query parameters along', () => {
    expect(findRedirect(redirects, '/tips/', '?utm_source=newsletter&utm_medium=email')).toBe(
      '/contact?utm_source=newsletter&utm_medium=email',
    )
  })

  it("looks up the query that named a post at the old base, and drops it from the new address", () => {
    expect(findRedirect(redirects, '/blog/', '?p=101')).toBe('/posts/data-center')
    expect(findRedirect(redirects, '/blog/index.php', '?p=101&utm_source=x')).toBe('/posts/data-center?utm_source=x')
    expect(findRedirect(redirects, '/', '?page_id=7')).toBe('/about')
    expect(findRedirect(redirects, '/blog', '?tag=ireland')).toBe('/tags/ireland')
  })

  it('answers nothing for an address no old site had', () => {
    expect(findRedirect(redirects, '/blog/', '?p=999')).toBeNull()
    expect(findRedirect(redirects, '/', '?p=101')).toBeNull()
    expect(findRedirect(redirects, '/posts/data-center', '')).toBeNull()
    expect(findRedirect([], '/tips', '')).toBeNull()
  })
})

describe('lookUp', () => {
  it('finds every entry of a large sorted table, and nothing between them', () => {
    const pairs: [string, string][] = Array.from({ length: 5000 }, (_, n) => [`/old/${(n * 7919) % 100_003}`, `/posts/p${n}`])
    const sorted = table(pairs)
    for (const [from, to] of pairs) expect(lookUp(sorted, from)).toBe(to)
    expect(lookUp(sorted, '/old/')).toBeNull()
    expect(lookUp(sorted, '/old/100004')).toBeNull()
    expect(lookUp(sorted, '/zzz')).toBeNull()
    expect(lookUp(sorted, '/')).toBeNull()
  })
})
