import { getEventualSections, getSection } from '@/lib/content/posts'
import { feedResponse } from '@/lib/reach/site-feed'

// Static, and rebuilt at most a minute after it was made, like the pages (app/layout.tsx).
export const revalidate = 60
// Every section's feed is prerendered; proxy.ts answers a section this content does not have with 404.

export async function generateStaticParams() {
  return (await getEventualSections()).map((section) => ({ section }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const section = await getSection((await params).section)
  if (!section) return new Response('Not found', { status: 404 })
  return feedResponse('rss', { kind: 'section', ...section })
}
