import { feedResponse } from '@/lib/reach/site-feed'

// Built once at build time, like the pages; it changes only when content does.
export const dynamic = 'force-static'

export function GET() {
  return feedResponse('rss')
}
