import { Feed } from 'feed'

export type FeedItem = {
  title: string
  /** Absolute URL of the article; also its id, so it never changes when the article is edited. */
  url: string
  summary: string
  /** Full article as HTML. */
  html: string
  date: string
  updated?: string
  author: { name: string; url: string }
  category: string
  tags: readonly string[]
  /** Absolute URL of the article's social image. */
  image?: string
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

/** A feed with full content, built with the `feed` library; items newest first, as given. */
export function buildFeed(channel: FeedChannel, items: readonly FeedItem[]): Feed {
  const newest = items[0]
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
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
      title: item.title,
      id: item.url,
      guid: item.url,
      link: item.url,
      description: item.summary,
      content: item.html,
      date: new Date(item.updated ?? item.date),
      published: new Date(item.date),
      author: [{ name: item.author.name, link: item.author.url }],
      // Atom requires a term on every category; RSS uses the name.
      category: [item.category, ...item.tags].map((name) => ({ name, term: name })),
      image: item.image,
    })
  }
  return feed
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/**
 * The feed as JSON Feed 1.1. The `feed` library writes version 1; 1.1 adds
 * `authors` (keeping `author` for older readers) and `language`.
 */
export function jsonFeed(feed: Feed, language: string): string {
  const parsed: unknown = JSON.parse(feed.json1())
  if (!isRecord(parsed)) throw new Error('feed library wrote JSON that is not an object')
  const items = Array.isArray(parsed.items) ? parsed.items : []
  const upgraded = {
    ...parsed,
    version: 'https://jsonfeed.org/version/1.1',
    language,
    items: items.map((item: unknown) =>
      isRecord(item) && isRecord(item.author) ? { ...item, authors: [item.author] } : item,
    ),
  }
  return JSON.stringify(upgraded, null, 2)
}
