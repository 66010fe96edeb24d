import { Feed } from 'feed'
import { siteConfig } from './site'

export type FeedPost = {
  title: string
  url: string
  summary: string
  date: string
  updated?: string
  author: string
  category: string
  tags: readonly string[]
}

/** The site feed, newest first, built with the `feed` library. */
export function buildFeed(posts: readonly FeedPost[]): Feed {
  const absolute = (path: string) => new URL(path, siteConfig.url).toString()
  const newest = posts[0]
  const feed = new Feed({
    title: siteConfig.name,
    description: siteConfig.description,
    id: absolute('/'),
    link: absolute('/'),
    language: 'en',
    copyright: `© ${siteConfig.name}`,
    updated: newest ? new Date(newest.updated ?? newest.date) : undefined,
    feedLinks: { rss: absolute(siteConfig.feedPath) },
  })
  for (const post of posts) {
    feed.addItem({
      title: post.title,
      // The URL never changes when an article is edited, so readers' apps do not show it twice.
      id: absolute(post.url),
      link: absolute(post.url),
      description: post.summary,
      date: new Date(post.updated ?? post.date),
      published: new Date(post.date),
      author: [{ name: post.author }],
      category: [post.category, ...post.tags].map((name) => ({ name })),
    })
  }
  return feed
}
