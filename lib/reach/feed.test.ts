import { XMLParser, XMLValidator } from 'fast-xml-parser'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'
import { articleHtml } from './article-html'
import { renderFeed, type FeedChannel, type FeedFormat, type FeedItem } from './feed'

const hostile = `Judge says </script><script>alert("x")</script> & “quotes” aren’t <b>bold</b> ]]> or 'single' ]]>`
const hostileSummary = `<img src=x onerror=alert(1)> A & B said "no" ]]> & <i>more</i>`
const item = (n: number, extra: Partial<FeedItem> = {}): FeedItem => ({
  title: `Story ${n}`,
  url: `https://news.example/posts/story-${n}`,
  summary: `Summary ${n}.`,
  html: `<p>Body of story ${n}.</p>`,
  date: `2020-01-0${n}T00:00:00.000Z`,
  authors: [{ name: 'Jane Doe', url: 'https://news.example/authors/jane-doe' }],
  category: 'Policy',
  tags: ['Microsoft', 'AT&T', 'C++'],
  image: { url: `https://news.example/posts/story-${n}/opengraph-image`, type: 'image/png' },
  ...extra,
})
const channel: FeedChannel = {
  title: 'News Ledge',
  description: 'Test feed',
  link: 'https://news.example/',
  feedLinks: { rss: 'https://news.example/feed.xml' },
  language: 'en',
  copyright: '© News Ledge',
}
const coAuthors = [
  { name: 'Jane Doe', url: 'https://news.example/authors/jane-doe' },
  { name: 'Ana <Ruiz> & Co', url: 'https://news.example/authors/ana-ruiz' },
]
const items = (html = '<p>Body of story 2.</p>') => [
  item(2, { title: hostile, summary: hostileSummary, html, updated: '2020-02-01T00:00:00.000Z', authors: coAuthors }),
  item(1),
]
const feed = (format: FeedFormat, html?: string) => renderFeed(format, channel, items(html))

/** Text as an HTML renderer shows it: character references decoded, nothing else touched. */
const shownText = (html: string) =>
  html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '',
    )

/** A value down a path of keys and indexes in parsed XML, or undefined. */
function pick(value: unknown, ...path: (string | number)[]): unknown {
  let current = value
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = Array.isArray(current) && typeof key === 'number' ? current[key] : Reflect.get(current, key)
  }
  return current
}

describe('renderFeed', () => {
  for (const format of ['rss', 'atom'] as const) {
    it(`${format}: a title and summary full of markup are text to a reader that renders them`, async () => {
      const xml = feed(format)
      expect(XMLValidator.validate(xml)).toBe(true)
      const [first] = (await new Parser().parseString(xml)).items
      // The XML carries HTML-escaped text: no tag a reader could run, and the words as written.
      expect(first?.title).not.toMatch(/<\w/)
      expect(shownText(first?.title ?? '')).toBe(hostile)
      const parsed: unknown = new XMLParser().parse(xml)
      const summary = String(
        format === 'rss'
          ? pick(parsed, 'rss', 'channel', 'item', 0, 'description')
          : pick(parsed, 'feed', 'entry', 0, 'summary'),
      )
      expect(summary).not.toMatch(/<\w/)
      expect(shownText(summary ?? '')).toBe(hostileSummary)
    })
  }

  it('json: titles and summaries are plain text, as JSON Feed defines them', () => {
    const parsed: unknown = JSON.parse(feed('json'))
    expect(parsed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      language: 'en',
      items: [
        {
          id: 'https://news.example/posts/story-2',
          title: hostile,
          summary: hostileSummary,
          content_html: '<p>Body of story 2.</p>',
          image: 'https://news.example/posts/story-2/opengraph-image',
          date_published: '2020-01-02T00:00:00.000Z',
          date_modified: '2020-02-01T00:00:00.000Z',
          authors: coAuthors,
        },
        { id: 'https://news.example/posts/story-1', authors: [coAuthors[0]] },
      ],
    })
  })

  it('keeps a body with ]]> in it, twice, whole in both XML feeds', async () => {
    const html = await articleHtml('First ]]> here, and <code>a]]>b</code> there ]]>.', {
      url: 'https://news.example/posts/story-2',
      lookup: () => undefined,
    })
    for (const format of ['rss', 'atom'] as const) {
      const xml = feed(format, html)
      expect(XMLValidator.validate(xml), format).toBe(true)
      const [first] = (await new Parser().parseString(xml)).items
      const content = String(first?.['content:encoded'] ?? first?.content ?? '')
      expect(shownText(content.replace(/<[^>]+>/g, ''))).toBe('First ]]> here, and a]]>b there ]]>.')
    }
  })

  it('writes RSS with guid, categories, publication date and a picture of the right type', async () => {
    const xml = feed('rss')
    const [first] = (await new Parser().parseString(xml)).items
    expect(first?.guid).toBe('https://news.example/posts/story-2')
    expect(first?.categories).toEqual(['Policy', 'Microsoft', 'AT&T', 'C++'])
    // RSS has one date, and it is the publication date.
    expect(new Date(first?.isoDate ?? '').toISOString()).toBe('2020-01-02T00:00:00.000Z')
    expect(first?.enclosure).toMatchObject({
      url: 'https://news.example/posts/story-2/opengraph-image',
      type: 'image/png',
    })
  })

  it('names every author of an item: the byline in RSS, an author with its page each in Atom', () => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['item', 'entry', 'author'].includes(name),
    })
    const rss: unknown = parser.parse(feed('rss'))
    const atom: unknown = parser.parse(feed('atom'))
    expect(rss).toMatchObject({
      rss: {
        '@_xmlns:dc': 'http://purl.org/dc/elements/1.1/',
        channel: { item: [{ 'dc:creator': 'Jane Doe and Ana <Ruiz> & Co' }, { 'dc:creator': 'Jane Doe' }] },
      },
    })
    // RSS's <author> is an email address: names go in dc:creator only.
    expect(feed('rss')).not.toContain('<author>')
    expect(atom).toMatchObject({
      feed: {
        entry: [
          {
            author: [
              { name: 'Jane Doe', uri: 'https://news.example/authors/jane-doe' },
              { name: 'Ana <Ruiz> & Co', uri: 'https://news.example/authors/ana-ruiz' },
            ],
          },
          { author: [{ name: 'Jane Doe' }] },
        ],
      },
    })
  })

  it('writes Atom with published and updated dates, categories and no malformed link', () => {
    const xml = feed('atom')
    expect(xml).toContain('<published>2020-01-02T00:00:00.000Z</published>')
    expect(xml).toContain('<updated>2020-02-01T00:00:00.000Z</updated>')
    const parsed: unknown = new XMLParser({ ignoreAttributes: false }).parse(xml)
    expect(JSON.stringify(parsed)).toContain('"@_term":"AT&T"')
    expect(xml).not.toMatch(/type="\w+\/\//)
  })
})
