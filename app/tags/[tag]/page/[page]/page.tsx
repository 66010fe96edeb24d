import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/post-list-page'
import { getTagPage } from '@/lib/content/lists'
import { tagPageHref } from '@/lib/urls'
import { alternates } from '@/lib/reach/metadata'
import { pageNumber } from '@/lib/content/pagination'
import { getTag } from '@/lib/content/posts'

type Props = { params: Promise<{ tag: string; page: string }> }

// Rendered on first request and kept, not at build: an archive has thousands
// of these (docs/performance.md#building-the-archive-without-a-database). proxy.ts answers a list
// or page this content does not have with the 404 page before anything renders.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: slug, page } = await params
  const tag = await getTag(slug)
  if (!tag) return {}
  return { title: `${tag.name} news, page ${page}`, alternates: alternates(tagPageHref(tag.slug)(pageNumber(page))) }
}

export default async function TagArchivePage({ params }: Props) {
  const { tag, page } = await params
  const result = await getTagPage(tag, pageNumber(page))
  if (!result) notFound()
  return <PostListPage heading={result.tag.name} page={result.page} href={tagPageHref(result.tag.slug)} />
}
