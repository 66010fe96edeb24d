import type { Metadata } from 'next'
import { ArchiveListPage, archiveTitle } from '@/components/archive-list-page'
import { monthParam, yearParam } from '@/lib/content/archive-params'
import { laterPages, pageNumber } from '@/lib/content/pagination'
import { getEventualIndex } from '@/lib/content/posts'
import { alternates } from '@/lib/reach/metadata'
import { siteConfig } from '@/lib/site'
import { archivePageHref } from '@/lib/urls'

type Props = { params: Promise<{ year: string; month: string; page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getEventualIndex().months.flatMap(({ year, month, posts }) =>
    laterPages(posts.length, siteConfig.postsPerPage).map((page) => ({
      year: String(year),
      month: String(month).padStart(2, '0'),
      page: String(page),
    })),
  )
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, month, page } = await params
  return {
    title: archiveTitle(yearParam(year), monthParam(month), pageNumber(page)),
    alternates: alternates(archivePageHref(yearParam(year), monthParam(month))(pageNumber(page))),
  }
}

export default async function ArchiveMonthLaterPage({ params }: Props) {
  const { year, month, page } = await params
  return <ArchiveListPage year={yearParam(year)} month={monthParam(month)} page={pageNumber(page)} />
}
