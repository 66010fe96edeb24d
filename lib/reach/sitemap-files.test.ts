import { describe, expect, it } from 'vitest'
import { fileLastModified, sitemapFiles, sitemapIndexXml, urlSetXml } from './sitemap-files'

const article = (n: number, date: string) => ({
  url: `https://news.example/posts/story-${n}`,
  lastModified: date,
  date,
})
const pages = [
  { url: 'https://news.example/', lastModified: '2016-03-01T10:00:00.000Z' },
  { url: 'https://news.example/tags/microsoft', lastModified: '2015-01-01T10:00:00.000Z' },
]

describe('sitemapFiles', () => {
  it('puts the lists in pages.xml and the articles in a file per year, oldest first', () => {
    const files = sitemapFiles(pages, [
      article(3, '2016-03-01T10:00:00.000Z'),
      article(1, '2014-07-31T12:00:00.000Z'),
      article(2, '2014-12-01T09:00:00.000Z'),
    ])
    expect(files.map((file) => [file.name, file.entries.map((entry) => entry.url.split('/').at(-1))])).toEqual([
      ['pages.xml', ['', 'microsoft']],
      ['articles-2014.xml', ['story-1', 'story-2']],
      ['articles-2016.xml', ['story-3']],
    ])
    expect(files.map(fileLastModified)).toEqual([
      '2016-03-01T10:00:00.000Z',
      '2014-12-01T09:00:00.000Z',
      '2016-03-01T10:00:00.000Z',
    ])
  })

  it('never puts more URLs in a file than the limit: a long year continues in -2, -3…', () => {
    const many = Array.from({ length: 7 }, (_, i) => article(i, `2020-01-0${i + 1}T10:00:00.000Z`))
    const files = sitemapFiles(pages, many, 3)
    expect(files.map((file) => [file.name, file.entries.length])).toEqual([
      ['pages.xml', 2],
      ['articles-2020.xml', 3],
      ['articles-2020-2.xml', 3],
      ['articles-2020-3.xml', 1],
    ])
    // Every article exactly once.
    expect(files.flatMap((file) => file.entries).filter((entry) => entry.url.includes('/posts/'))).toHaveLength(7)
  })

  it('dates an article by the newsroom’s year: just after midnight UTC on New Year is still the old year there', () => {
    // 21:00 on 31 December in New York (lib/site.ts).
    const [file] = sitemapFiles([], [article(1, '2015-01-01T02:00:00.000Z')])
    expect(file?.name).toBe('articles-2014.xml')
  })
})

describe('sitemap XML', () => {
  it('escapes what a URL may carry and writes each lastmod', () => {
    expect(urlSetXml([{ url: 'https://news.example/tags/r&d', lastModified: '2014-07-31T12:00:00.000Z' }])).toContain(
      '<url><loc>https://news.example/tags/r&amp;d</loc><lastmod>2014-07-31T12:00:00.000Z</lastmod></url>',
    )
    expect(
      sitemapIndexXml([{ url: 'https://news.example/sitemaps/pages.xml', lastModified: '2014-07-31T12:00:00.000Z' }]),
    ).toMatch(/<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">\n<sitemap><loc>/)
  })
})
