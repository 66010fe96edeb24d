import { correctionsFeedResponse } from '@/lib/reach/site-feed'

// Static, and rebuilt at most a minute after it was made, like the pages (app/layout.tsx).
export const revalidate = 60

export function GET() {
  return correctionsFeedResponse()
}
