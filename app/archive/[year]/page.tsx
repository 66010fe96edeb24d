import type { Metadata } from 'next'
import { ArchiveListPage, archiveTitle } from '@/components/archive-list-page'
import { yearParam } from '@/lib/content/archive-params'
import { alternates } from '@/lib/reach/metadata'
import { archiveUrl } from '@/lib/urls'

type Props = { params: Promise<{ year: string }> }

// Rendered on first request and kept, not at build: an archive has thousands
// of these (docs/performance.md#building-the-archive). proxy.ts answers a list
// or page this content does not have with the 404 page before anything renders.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = yearParam((await params).year)
  return { title: archiveTitle(year), alternates: alternates(archiveUrl(year)) }
}

export default async function ArchiveYearPage({ params }: Props) {
  return <ArchiveListPage year={yearParam((await params).year)} page={1} />
}
