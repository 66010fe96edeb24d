import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostList } from '@/components/post-list'
import { alternates } from '@/lib/metadata'
import { getPostsByTag, getTags } from '@/lib/posts'
import { siteConfig } from '@/lib/site'

type Props = { params: Promise<{ tag: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }))
}

function findTag(slug: string) {
  return getTags().find((tag) => tag.slug === slug)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = findTag((await params).tag)
  if (!tag) return {}
  return {
    title: `${tag.name} news`,
    description: `Articles about ${tag.name}.`,
    alternates: alternates(`/tags/${tag.slug}`, [
      { url: `/tags/${tag.slug}/feed.xml`, title: `${siteConfig.name}: ${tag.name} (RSS)` },
    ]),
  }
}

export default async function TagPage({ params }: Props) {
  const tag = findTag((await params).tag)
  if (!tag) notFound()
  return (
    <>
      <h1 className="font-serif text-3xl font-black">{tag.name}</h1>
      <PostList posts={getPostsByTag(tag.slug)} />
    </>
  )
}
