import { notFound } from 'next/navigation'
import { getPost } from '@/lib/content/posts'
import { getImage } from '@/lib/content/images'
import { pictureCard, socialCard, socialCardSize } from '@/lib/reach/social-card'

export const alt = 'The article’s lead picture, or its headline and section on a News Ledge card'
export const size = socialCardSize
export const contentType = 'image/png'
// A scheduled article's card answers 404 until its minute, then appears with
// the page (app/layout.tsx).
export const revalidate = 60
// Made on first request (a social site fetching it for a shared link) and
// kept, not at build: a card costs about as much to make as its article
// page, and most are never asked for (docs/performance.md#building-the-archive-without-a-database).
// The page decides: a draft gets no image in production.
export function generateStaticParams() {
  return []
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const post = await getPost((await params).slug)
  if (!post) notFound()
  // The lead picture when the article has one; social sites show the headline beside it.
  const lead = post.image ? getImage(post.image) : undefined
  return lead ? pictureCard(lead.crops['16x9']) : socialCard({ kicker: post.category, title: post.title })
}
