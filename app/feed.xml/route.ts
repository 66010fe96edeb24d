import { buildFeed } from '@/lib/feed'
import { getPublishedPosts } from '@/lib/posts'

// Built once at build time, like the pages; it changes only when content does.
export const dynamic = 'force-static'

export function GET() {
  return new Response(buildFeed(getPublishedPosts()).rss2(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
