import { getTag, getTags } from '@/lib/content/posts'
import { feedResponse } from '@/lib/reach/site-feed'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const tag = getTag((await params).tag)
  if (!tag) return new Response('Not found', { status: 404 })
  return feedResponse('rss', tag)
}
