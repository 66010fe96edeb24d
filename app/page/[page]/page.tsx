import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/post-list-page'
import { getHomePage } from '@/lib/content/lists'
import { homePageHref } from '@/lib/urls'
import { alternates } from '@/lib/reach/metadata'
import { pageNumber } from '@/lib/content/pagination'
import { siteConfig } from '@/lib/site'

type Props = { params: Promise<{ page: string }> }

// Rendered on first request and kept, not at build: an archive has thousands
// of these (docs/performance.md#building-the-archive-without-a-database). proxy.ts answers a list
// or page this content does not have with the 404 page before anything renders.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageNumber((await params).page)
  return { title: `Latest news, page ${page}`, alternates: alternates(homePageHref(page)) }
}

export default async function HomeArchivePage({ params }: Props) {
  const page = await getHomePage(pageNumber((await params).page))
  if (!page) notFound()
  return <PostListPage heading={`${siteConfig.name}: latest news`} page={page} href={homePageHref} />
}
