import { describe, expect, it } from 'vitest'
import { sitemapFiles, sitemapIndexXml, urlSetXml } from './sitemap-files'

const pages = [
  { url: 'https://news.example/', lastModified: '2016-03-01T10:00:00.000Z' },
  { url: 'https://news.example/tags/microsoft', lastModified: '2015-01-01T10:00:00.000Z' },
]
const year = (n: number, count: number, lastModified: string) => ({ year: n, count, lastModified })

describe('sitemapFiles', () => {
  it('puts the lists in pages.xml and the articles in a file per year, oldest year first', () => {
    const files = sitemapFiles(pages, [
      year(2016, 1, '2016-03-01T10:00:00.000Z'),
      year(2014, 2, '2014-12-01T09:00:00.000Z'),
    ])
    expect(files.map((file) => [file.name, file.lastModified])).toEqual([
      ['pages.xml', '2016-03-01T10:00:00.000Z'],
      ['articles-2014.xml', '2014-12-01T09:00:00.000Z'],
      ['articles-2016.xml', '2016-03-01T10:00:00.000Z'],
    ])
    const [lists] = files
    expect(lists?.kind === 'pages' ? lists.entries.map((entry) => entry.url) : []).toEqual(
      pages.map((page) => page.url),
    )
  })

  it('never puts more URLs in a file than the limit: a long year continues in -2, -3…, each article once', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({
      url: `https://news.example/tags/t${i}`,
      lastModified: pages[0]?.lastModified ?? '',
    }))
    const files = sitemapFiles(many, [year(2020, 7, '2020-01-07T10:00:00.000Z')], 3)
    const sizes = files.map((file) => [file.name, file.kind === 'pages' ? file.entries.length : file.limit])
    expect(sizes).toEqual([
      ['pages.xml', 3],
      ['pages-2.xml', 3],
      ['pages-3.xml', 1],
      ['articles-2020.xml', 3],
      ['articles-2020-2.xml', 3],
      ['articles-2020-3.xml', 1],
    ])
    // The year's parts cover its articles with no gap or overlap: 0–2, 3–5, 6.
    expect(files.flatMap((file) => (file.kind === 'articles' ? [[file.offset, file.limit]] : []))).toEqual([
      [0, 3],
      [3, 3],
      [6, 1],
    ])
  })

  it('has no file for a year without articles', () => {
    expect(sitemapFiles([], [year(2019, 0, '2019-01-01T00:00:00.000Z')])).toEqual([])
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
