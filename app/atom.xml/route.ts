import { feedResponse } from '@/lib/reach/site-feed'

// Static, and rebuilt at most a minute after an article goes live (app/layout.tsx).
export const revalidate = 60

export function GET() {
  return feedResponse('atom')
}
