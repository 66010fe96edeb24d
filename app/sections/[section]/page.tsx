import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/post-list-page'
import { getSectionPage } from '@/lib/content/lists'
import { getEventualSections, getSection } from '@/lib/content/posts'
import { alternates } from '@/lib/reach/metadata'
import { siteConfig } from '@/lib/site'
import { sectionFeedPath, sectionPageHref, sectionPath } from '@/lib/urls'

type Props = { params: Promise<{ section: string }> }

// Every section is prerendered; proxy.ts answers a section this content does not have with the
// 404 page. (`dynamicParams = false` sent such paths to Next's own 404, which fails on an RSC
// request for a page rendered on request, as the 404 page is: `/sections/policy.rsc` answered 500.)

export async function generateStaticParams() {
  return (await getEventualSections()).map((section) => ({ section }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const section = await getSection((await params).section)
  if (!section) return {}
  return {
    title: `${section.name} news`,
    description: `${section.name} news from ${siteConfig.name}, newest first.`,
    alternates: alternates(sectionPath(section.slug), [
      { url: sectionFeedPath(section.slug), title: `${siteConfig.name}: ${section.name} (RSS)` },
    ]),
  }
}

export default async function SectionPage({ params }: Props) {
  const result = await getSectionPage((await params).section, 1)
  if (!result) notFound()
  return <PostListPage heading={result.section.name} page={result.page} href={sectionPageHref(result.section.slug)} />
}
