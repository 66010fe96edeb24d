import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArchiveListPage, archiveTitle } from '@/components/archive-list-page'
import { archiveParams } from '@/lib/content/archive-params'
import { alternates } from '@/lib/reach/metadata'
import { archivePageHref } from '@/lib/urls'

type Props = { params: Promise<{ year: string; month: string; page: string }> }

// Rendered on first request and kept, not at build: an archive has thousands
// of these (docs/performance.md#building-the-archive-without-a-database). proxy.ts answers a list
// or page this content does not have with the 404 page before anything renders.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const archive = archiveParams(await params)
  if (!archive) return {}
  return {
    title: archiveTitle(archive.year, archive.month, archive.page),
    alternates: alternates(archivePageHref(archive.year, archive.month)(archive.page)),
  }
}

export default async function ArchiveMonthLaterPage({ params }: Props) {
  const archive = archiveParams(await params)
  if (!archive) notFound()
  return <ArchiveListPage year={archive.year} month={archive.month} page={archive.page} />
}
