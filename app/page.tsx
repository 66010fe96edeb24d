import { PostListPage } from '@/components/post-list-page'
import { listPageHref, type ListRef } from '@/lib/content/list-routes'
import { getList } from '@/lib/content/lists'

const home: ListRef = { kind: 'home' }

export default async function HomePage() {
  const list = await getList(home, 1)
  if (!list) return null
  return <PostListPage heading={list.heading} hideHeading page={list.page} href={listPageHref(home)} />
}
