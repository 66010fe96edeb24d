import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/post-list-page'
import { getSectionPage } from '@/lib/content/lists'
import { laterPages, pageNumber } from '@/lib/content/pagination'
import { getEventualIndex, getSection } from '@/lib/content/posts'
import { alternates } from '@/lib/reach/metadata'
import { siteConfig } from '@/lib/site'
import { sectionPageHref } from '@/lib/urls'

type Props = { params: Promise<{ section: string; page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getEventualIndex().sections.flatMap((section) =>
    laterPages(section.posts.length, siteConfig.postsPerPage).map((page) => ({
      section: section.slug,
      page: String(page),
    })),
  )
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section: slug, page } = await params
  const section = getSection(slug)
  if (!section) return {}
  return {
    title: `${section.name} news, page ${page}`,
    alternates: alternates(sectionPageHref(section.slug)(pageNumber(page))),
  }
}

export default async function SectionArchivePage({ params }: Props) {
  const { section, page } = await params
  const result = getSectionPage(section, pageNumber(page))
  if (!result) notFound()
  return <PostListPage heading={result.section.name} page={result.page} href={sectionPageHref(result.section.slug)} />
}
