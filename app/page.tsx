import { PostListPage } from '@/components/post-list-page'
import { getHomePage } from '@/lib/content/lists'
import { homePageHref } from '@/lib/urls'
import { siteConfig } from '@/lib/site'

export default async function HomePage() {
  const page = await getHomePage(1)
  if (!page) return null
  return <PostListPage heading={`${siteConfig.name}: latest news`} hideHeading page={page} href={homePageHref} />
}
