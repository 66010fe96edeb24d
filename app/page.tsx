import { PostList } from '@/components/post-list'
import { getPosts } from '@/lib/posts'
import { siteConfig } from '@/lib/site'

export default function HomePage() {
  return (
    <>
      <h1 className="sr-only">{siteConfig.name}: latest news</h1>
      <PostList posts={getPosts()} />
    </>
  )
}
