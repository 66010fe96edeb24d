import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/post-list-page'
import { getTagPage } from '@/lib/content/lists'
import { tagFeedPath, tagPageHref, tagPath } from '@/lib/urls'
import { alternates } from '@/lib/reach/metadata'
import { getTag } from '@/lib/content/posts'
import { siteConfig } from '@/lib/site'

type Props = { params: Promise<{ tag: string }> }

// Rendered on first request and kept, not at build: an archive has thousands
// of these (docs/performance.md#building-the-archive-without-a-database). proxy.ts answers a list
// or page this content does not have with the 404 page before anything renders.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await getTag((await params).tag)
  if (!tag) return {}
  return {
    title: `${tag.name} news`,
    description: `Articles about ${tag.name}.`,
    alternates: alternates(tagPath(tag.slug), [
      { url: tagFeedPath(tag.slug), title: `${siteConfig.name}: ${tag.name} (RSS)` },
    ]),
  }
}

export default async function TagPage({ params }: Props) {
  const result = await getTagPage((await params).tag, 1)
  if (!result) notFound()
  return <PostListPage heading={result.tag.name} page={result.page} href={tagPageHref(result.tag.slug)} />
}
