import { notFound } from 'next/navigation'
import { getArchivePage } from '@/lib/content/lists'
import { monthName } from '@/lib/dates'
import { archivePageHref } from '@/lib/urls'
import { PostListPage } from './post-list-page'

type ArchiveListPageProps = { year: number; month?: number; page: number }

/** One page of the articles of a year or a month, newest first. */
export async function ArchiveListPage({ year, month, page }: ArchiveListPageProps) {
  const list = await getArchivePage(year, month, page)
  if (!list) notFound()
  const heading = month === undefined ? `Articles from ${year}` : `Articles from ${monthName(month)} ${year}`
  return <PostListPage heading={heading} page={list} href={archivePageHref(year, month)} />
}

export function archiveTitle(year: number, month?: number, page = 1): string {
  const when = month === undefined ? String(year) : `${monthName(month)} ${year}`
  return page > 1 ? `Archive: ${when}, page ${page}` : `Archive: ${when}`
}
