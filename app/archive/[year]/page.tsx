import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArchiveListPage, archiveTitle } from '@/components/archive-list-page'
import { archiveParams } from '@/lib/content/archive-params'
import { alternates } from '@/lib/reach/metadata'
import { archiveUrl } from '@/lib/urls'

type Props = { params: Promise<{ year: string }> }

// Rendered on first request and kept, not at build: an archive has thousands
// of these (docs/performance.md#building-the-archive-without-a-database). proxy.ts answers a list
// or page this content does not have with the 404 page before anything renders.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const archive = archiveParams(await params)
  if (!archive) return {}
  return { title: archiveTitle(archive.year), alternates: alternates(archiveUrl(archive.year)) }
}

export default async function ArchiveYearPage({ params }: Props) {
  const archive = archiveParams(await params)
  if (!archive) notFound()
  return <ArchiveListPage year={archive.year} page={1} />
}
