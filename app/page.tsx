import { LeadStory } from '@/components/lead-story'
import { PaginationNav } from '@/components/pagination-nav'
import { PostList } from '@/components/post-list'
import { SectionRow } from '@/components/section-row'
import { TopStories } from '@/components/top-stories'
import { listPageHref, type PostListRef } from '@/lib/content/list-routes'
import { getList } from '@/lib/content/lists'
import { getFrontPage, getSitePages } from '@/lib/content/posts'
import { jsonLdScript, organizationJsonLd } from '@/lib/reach/metadata'

const home: PostListRef = { kind: 'home' }

/**
 * The front page: the lead story and top stories editors chose (content/front-page.yml; the newest stories
 * when they chose none or their choice has expired), a row per section with its newest stories, then the
 * latest stories, a page at a time as on /page/2 and after.
 */
export default async function HomePage() {
  const now = new Date()
  const [front, river] = await Promise.all([getFrontPage(now), getList(home, 1)])
  if (!river) return null
  return (
    <div className="space-y-10">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdScript(organizationJsonLd(getSitePages())) }}
      />
      <h1 className="sr-only">{river.heading}</h1>
      {front.lead ? <LeadStory post={front.lead} now={now} /> : <p>No stories yet.</p>}
      {front.top.length > 0 ? <TopStories posts={front.top} now={now} /> : null}
      {front.sections.map(({ section, posts }) => (
        <SectionRow key={section.slug} section={section} posts={posts} />
      ))}
      <section aria-labelledby="latest" className="border-t border-stone-200 pt-6 dark:border-stone-700">
        <h2 id="latest" className="font-serif text-2xl font-black">
          Latest
        </h2>
        <PostList posts={river.page.items} headingLevel={3} />
        <PaginationNav page={1} totalPages={river.page.totalPages} href={listPageHref(home)} />
      </section>
    </div>
  )
}
