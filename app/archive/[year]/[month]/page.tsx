import type { Metadata } from 'next'
import { ArchiveListPage, archiveTitle } from '@/components/archive-list-page'
import { monthParam, yearParam } from '@/lib/content/archive-params'
import { getEventualIndex } from '@/lib/content/posts'
import { alternates } from '@/lib/reach/metadata'
import { archiveUrl } from '@/lib/urls'

type Props = { params: Promise<{ year: string; month: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getEventualIndex().months.map(({ year, month }) => ({
    year: String(year),
    month: String(month).padStart(2, '0'),
  }))
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
