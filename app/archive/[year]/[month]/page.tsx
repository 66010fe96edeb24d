import type { Metadata } from 'next'
import { ArchiveListPage, archiveTitle } from '@/components/archive-list-page'
import { monthParam, yearParam } from '@/lib/content/archive-params'
import { alternates } from '@/lib/reach/metadata'
import { archiveUrl } from '@/lib/urls'

type Props = { params: Promise<{ year: string; month: string }> }

// Rendered on first request and kept, not at build: an archive has thousands
// of these (docs/performance.md#building-the-archive). proxy.ts answers a list
// or page this content does not have with the 404 page before anything renders.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, month } = await params
  return {
    title: archiveTitle(yearParam(year), monthParam(month)),
    alternates: alternates(archiveUrl(yearParam(year), monthParam(month))),
  }
}

export default async function ArchiveMonthPage({ params }: Props) {
  const { year, month } = await params
  return <ArchiveListPage year={yearParam(year)} month={monthParam(month)} page={1} />
}
