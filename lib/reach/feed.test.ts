import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'
import { buildFeed, jsonFeed, type FeedItem } from './feed'

const hostile = 'Judge says </script><script>alert("x")</script> & “quotes” aren’t <b>bold</b>'
const item = (n: number, extra: Partial<FeedItem> = {}): FeedItem => ({
  title: `Story ${n}`,
  url: `https://news.example/posts/story-${n}`,
  summary: `Summary ${n}.`,
  html: `<p>Body of story ${n}.</p>`,
  date: `2020-01-0${n}T00:00:00.000Z`,
  author: { name: 'Jane Doe', url: 'https://news.example/authors/jane-doe' },
  category: 'Policy',
  tags: ['Microsoft', 'Privacy'],
  ...extra,
})
const feed = () =>
  buildFeed(
    {
      title: 'News Ledge',
      description: 'Test feed',
      link: 'https://news.example/',
      feedLinks: { rss: 'https://news.example/feed.xml' },
      language: 'en',
      copyright: '© News Ledge',
    },
    [item(2, { title: hostile, updated: '2020-02-01T00:00:00.000Z' }), item(1)],
  )

describe('buildFeed', () => {
  it('writes RSS that a feed parser reads back exactly, hostile title included', async () => {
    const parsed = await new Parser().parseString(feed().rss2())
    expect(parsed.items.map((i) => i.title)).toEqual([hostile, 'Story 1'])
    const [first] = parsed.items
    expect(first?.guid).toBe('https://news.example/posts/story-2')
    expect(first?.link).toBe('https://news.example/posts/story-2')
    expect(first?.['content:encoded']).toBe('<p>Body of story 2.</p>')
    expect(first?.categories).toEqual(['Policy', 'Microsoft', 'Privacy'])
    // RSS has one date, and it is the publication date.
    expect(new Date(first?.isoDate ?? '').toISOString()).toBe('2020-01-02T00:00:00.000Z')
  })

  it('writes Atom with published and updated dates and the author', async () => {
    const xml = feed().atom1()
    const parsed = await new Parser().parseString(xml)
    expect(parsed.items[0]?.title).toBe(hostile)
    expect(xml).toContain('<published>2020-01-02T00:00:00.000Z</published>')
    expect(xml).toContain('<updated>2020-02-01T00:00:00.000Z</updated>')
    expect(xml).toContain('<name>Jane Doe</name>')
  })

  it('writes JSON Feed 1.1 with full HTML content', () => {
    const parsed: unknown = JSON.parse(jsonFeed(feed(), 'en'))
    expect(parsed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      language: 'en',
      items: [
        {
          id: 'https://news.example/posts/story-2',
          title: hostile,
          content_html: '<p>Body of story 2.</p>',
          date_published: '2020-01-02T00:00:00.000Z',
          date_modified: '2020-02-01T00:00:00.000Z',
          authors: [{ name: 'Jane Doe', url: 'https://news.example/authors/jane-doe' }],
        },
        { id: 'https://news.example/posts/story-1' },
      ],
    })
  })
})
