import type { Metadata } from 'next'
import { ArchiveListPage, archiveTitle } from '@/components/archive-list-page'
import { monthParam, yearParam } from '@/lib/content/archive-params'
import { pageNumber } from '@/lib/content/pagination'
import { alternates } from '@/lib/reach/metadata'
import { archivePageHref } from '@/lib/urls'

type Props = { params: Promise<{ year: string; month: string; page: string }> }

// Rendered on first request and kept, not at build: an archive has thousands
// of these (docs/performance.md#building-the-archive). proxy.ts answers a list
// or page this content does not have with the 404 page before anything renders.
export function generateStaticParams() {
  return []
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
