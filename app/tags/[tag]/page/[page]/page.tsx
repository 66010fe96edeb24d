import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/post-list-page'
import { getTagPage } from '@/lib/content/lists'
import { tagPageHref } from '@/lib/urls'
import { alternates } from '@/lib/reach/metadata'
import { laterPages, pageNumber } from '@/lib/content/pagination'
import { getEventualIndex, getTag } from '@/lib/content/posts'
import { siteConfig } from '@/lib/site'

type Props = { params: Promise<{ tag: string; page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getEventualIndex().tags.flatMap((tag) =>
    laterPages(tag.count, siteConfig.postsPerPage).map((page) => ({ tag: tag.slug, page: String(page) })),
  )
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: slug, page } = await params
  const tag = getTag(slug)
  if (!tag) return {}
  return { title: `${tag.name} news, page ${page}`, alternates: alternates(tagPageHref(tag.slug)(pageNumber(page))) }
}

export default async function TagArchivePage({ params }: Props) {
  const { tag, page } = await params
  const result = getTagPage(tag, pageNumber(page))
  if (!result) notFound()
  return <PostListPage heading={result.tag.name} page={result.page} href={tagPageHref(result.tag.slug)} />
}
