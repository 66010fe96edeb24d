import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/post-list-page'
import { getSectionPage } from '@/lib/content/lists'
import { pageNumber } from '@/lib/content/pagination'
import { getSection } from '@/lib/content/posts'
import { alternates } from '@/lib/reach/metadata'
import { sectionPageHref } from '@/lib/urls'

type Props = { params: Promise<{ section: string; page: string }> }

// Rendered on first request and kept, not at build: an archive has thousands
// of these (docs/performance.md#building-the-archive-without-a-database). proxy.ts answers a list
// or page this content does not have with the 404 page before anything renders.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section: slug, page } = await params
  const section = await getSection(slug)
  if (!section) return {}
  return {
    title: `${section.name} news, page ${page}`,
    alternates: alternates(sectionPageHref(section.slug)(pageNumber(page))),
  }
}

export default async function SectionArchivePage({ params }: Props) {
  const { section, page } = await params
  const result = await getSectionPage(section, pageNumber(page))
  if (!result) notFound()
  return <PostListPage heading={result.section.name} page={result.page} href={sectionPageHref(result.section.slug)} />
}
