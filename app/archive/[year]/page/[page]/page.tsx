import type { Metadata } from 'next'
import { ArchiveListPage, archiveTitle } from '@/components/archive-list-page'
import { yearParam } from '@/lib/content/archive-params'
import { laterPages, pageNumber } from '@/lib/content/pagination'
import { getEventualIndex } from '@/lib/content/posts'
import { alternates } from '@/lib/reach/metadata'
import { siteConfig } from '@/lib/site'
import { archivePageHref } from '@/lib/urls'

type Props = { params: Promise<{ year: string; page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  const counts = new Map<number, number>()
  for (const { year, posts } of getEventualIndex().months) counts.set(year, (counts.get(year) ?? 0) + posts.length)
  return [...counts].flatMap(([year, count]) =>
    laterPages(count, siteConfig.postsPerPage).map((page) => ({ year: String(year), page: String(page) })),
  )
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, page } = await params
  return {
    title: archiveTitle(yearParam(year), undefined, pageNumber(page)),
    alternates: alternates(archivePageHref(yearParam(year))(pageNumber(page))),
  }
}

export default async function ArchiveYearLaterPage({ params }: Props) {
  const { year, page } = await params
  return <ArchiveListPage year={yearParam(year)} page={pageNumber(page)} />
}
