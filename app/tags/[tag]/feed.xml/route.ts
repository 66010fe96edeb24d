import { getTag } from '@/lib/content/posts'
import { feedResponse } from '@/lib/reach/site-feed'

// Static, and rebuilt at most a minute after an article goes live (app/layout.tsx).
export const revalidate = 60
// Rendered on first request and kept, not at build: an archive has thousands
// of these (docs/performance.md#building-the-archive-without-a-database). proxy.ts answers a list
// or page this content does not have with the 404 page before anything renders.
export function generateStaticParams() {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const tag = await getTag((await params).tag)
  if (!tag) return new Response('Not found', { status: 404 })
  return feedResponse('rss', { kind: 'tag', ...tag })
}
