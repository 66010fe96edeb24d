import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { newsSitemap } from './sitemaps'

const now = new Date('2026-11-28T12:00:00Z')
const options = { origin: 'https://news.example', publication: 'News Ledge', language: 'en', now }
const articles = [
  { url: '/posts/today', title: 'Court rules </url> & “quotes”', date: '2026-11-28T00:00:00.000Z' },
  { url: '/posts/yesterday', title: 'Yesterday', date: '2026-11-27T08:00:00.000Z' },
  { url: '/posts/last-week', title: 'Last week', date: '2026-11-20T00:00:00.000Z' },
  { url: '/posts/scheduled', title: 'Tomorrow', date: '2026-11-29T00:00:00.000Z' },
]

describe('newsSitemap', () => {
  it('is well-formed XML listing only the last two days’ articles', () => {
    const xml = newsSitemap(articles, options)
    expect(XMLValidator.validate(xml)).toBe(true)
    const parsed: unknown = new XMLParser().parse(xml)
    expect(parsed).toMatchObject({
      urlset: {
        url: [
          {
            loc: 'https://news.example/posts/today',
            // The parser decodes entities: the hostile title reads back exactly.
            'news:news': { 'news:title': 'Court rules </url> & “quotes”' },
          },
          { loc: 'https://news.example/posts/yesterday' },
        ],
      },
    })
    expect(xml).toContain('Court rules &lt;/url&gt; &amp; “quotes”')
    expect(xml).not.toContain('last-week')
    expect(xml).not.toContain('scheduled')
  })

  it('is still a valid sitemap with nothing recent', () => {
    expect(XMLValidator.validate(newsSitemap([], options))).toBe(true)
  })
})
