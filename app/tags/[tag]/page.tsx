import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/post-list-page'
import { getTagPage, tagPageHref } from '@/lib/archive'
import { alternates } from '@/lib/metadata'
import { getTag, getTags } from '@/lib/posts'
import { siteConfig } from '@/lib/site'
import { tagPath } from '@/lib/tags'

type Props = { params: Promise<{ tag: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag((await params).tag)
  if (!tag) return {}
  return {
    title: `${tag.name} news`,
    description: `Articles about ${tag.name}.`,
    alternates: alternates(tagPath(tag.slug), [
      { url: `${tagPath(tag.slug)}/feed.xml`, title: `${siteConfig.name}: ${tag.name} (RSS)` },
    ]),
  }
}

export default async function TagPage({ params }: Props) {
  const result = getTagPage((await params).tag, 1)
  if (!result) notFound()
  return <PostListPage heading={result.tag.name} page={result.page} href={tagPageHref(result.tag.slug)} />
}
