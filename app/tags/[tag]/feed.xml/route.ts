import { getEventualIndex, getTag } from '@/lib/content/posts'
import { feedResponse } from '@/lib/reach/site-feed'

// Static, and rebuilt at most a minute after an article goes live (app/layout.tsx).
export const revalidate = 60
export const dynamicParams = false

export function generateStaticParams() {
  return getEventualIndex().tags.map((tag) => ({ tag: tag.slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const tag = getTag((await params).tag)
  if (!tag) return new Response('Not found', { status: 404 })
  return feedResponse('rss', { kind: 'tag', ...tag })
}
