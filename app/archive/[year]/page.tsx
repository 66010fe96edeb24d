import type { Metadata } from 'next'
import { ArchiveListPage, archiveTitle } from '@/components/archive-list-page'
import { yearParam } from '@/lib/content/archive-params'
import { getEventualIndex } from '@/lib/content/posts'
import { alternates } from '@/lib/reach/metadata'
import { archiveUrl } from '@/lib/urls'

type Props = { params: Promise<{ year: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return [...new Set(getEventualIndex().months.map(({ year }) => year))].map((year) => ({ year: String(year) }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = yearParam((await params).year)
  return { title: archiveTitle(year), alternates: alternates(archiveUrl(year)) }
}

export default async function ArchiveYearPage({ params }: Props) {
  return <ArchiveListPage year={yearParam((await params).year)} page={1} />
}
