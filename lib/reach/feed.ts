import { Feed } from 'feed'
import { escapeHtml, isRecord } from '../utils'
import { joinNames } from '../content/bylines'

export type FeedFormat = 'rss' | 'atom' | 'json'

export type FeedItem = {
  title: string
  /** Absolute URL of the article; also its id, so it never changes when the article is edited. */
  url: string
  summary: string
  /** Full article as HTML. */
  html: string
  date: string
  updated?: string
  /** Everyone on the byline, in its order, with their author page. */
  authors: readonly { name: string; url: string }[]
  category: string
  tags: readonly string[]
  /** The article's picture: absolute URL and MIME type. */
  image?: { url: string; type: string }
}

export type FeedChannel = {
  title: string
  description: string
  /** Absolute URL of the page the feed mirrors. */
  link: string
  /** Absolute URLs of the feed in each format. */
  feedLinks: { rss?: string; atom?: string; json?: string }
  language: string
  copyright: string
  image?: string
}

/**
 * A feed with full content in one format, built with the `feed` library;
 * items newest first, as given.
 *
 * Titles and summaries are plain text. RSS and Atom readers take them as
 * HTML (Atom says so, `type="html"`), so there they are escaped, and markup
 * in a headline shows as text instead of running; JSON Feed's are plain text
 * and go as they are.
 */
export function renderFeed(format: FeedFormat, channel: FeedChannel, items: readonly FeedItem[]): string {
  const text = format === 'json' ? (value: string) => value : escapeHtml
  const newest = items[0]
  const feed = new Feed({
    title: format === 'rss' ? text(channel.title) : channel.title,
    description: format === 'rss' ? text(channel.description) : channel.description,
    id: channel.link,
    link: channel.link,
    language: channel.language,
    copyright: channel.copyright,
    image: channel.image,
    updated: newest ? new Date(newest.updated ?? newest.date) : undefined,
    feedLinks: channel.feedLinks,
    generator: false,
  })
  for (const item of items) {
    feed.addItem({
      title: text(item.title),
      id: item.url,
      guid: item.url,
      link: item.url,
      description: text(item.summary),
      content: item.html,
      date: new Date(item.updated ?? item.date),
      published: new Date(item.date),
      // Atom: an <author> each, with its page. RSS's <author> is an email address, so an RSS item has the byline
      // as readers read it in <dc:creator>, "A, B and C". JSON Feed 1.1's `authors` are set below.
      ...(format === 'rss'
        ? {
            extensions: [
              { name: 'dc:creator', objects: { _text: joinNames(item.authors.map((author) => author.name)) } },
            ],
          }
        : { author: item.authors.map((author) => ({ name: author.name, link: author.url })) }),
      // Atom requires a term on every category; RSS uses the name.
      category: [item.category, ...item.tags].map((name) => ({ name, term: name })),
      // The library guesses an enclosure's type from the URL's extension, which a
      // generated card has none of: RSS takes the type given; Atom would write
      // "image//posts/…", so Atom entries carry their picture in the content only.
      image:
        !item.image || format === 'atom'
          ? undefined
          : format === 'rss'
            ? { url: item.image.url, type: item.image.type, length: 0 }
            : item.image.url,
    })
  }
  if (format === 'rss') return feed.rss2()
  if (format === 'atom') return feed.atom1()
  return jsonFeed(feed, channel.language, items)
}

/**
 * The feed as JSON Feed 1.1. The `feed` library writes version 1 with one
 * author an item; 1.1 adds `authors`, every one (keeping the first as
 * `author` for older readers), and `language`.
 */
function jsonFeed(feed: Feed, language: string, sources: readonly FeedItem[]): string {
  const parsed: unknown = JSON.parse(feed.json1())
  if (!isRecord(parsed)) throw new Error('feed library wrote JSON that is not an object')
  const items = Array.isArray(parsed.items) ? parsed.items : []
  const upgraded = {
    ...parsed,
    version: 'https://jsonfeed.org/version/1.1',
    language,
    items: items.map((item: unknown, i) =>
      isRecord(item) ? { ...item, authors: (sources[i]?.authors ?? []).map(({ name, url }) => ({ name, url })) } : item,
    ),
  }
  return JSON.stringify(upgraded, null, 2)
}
