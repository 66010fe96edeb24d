import Link from 'next/link'
import { SearchBox } from '@/components/search-box'
import { searchPath } from '@/lib/urls'

// Rendered for each request, never kept and regenerated: Next writes the path a page was rendered
// for into its payload, so a shared 404 regenerated in the background (every page revalidates each
// minute, app/layout.tsx) would show every later visitor the path, query string included, of the
// request that happened to regenerate it, a draft's slug among them. Next sends it `no-store`.
export const dynamic = 'force-dynamic'

export default function NotFound() {
  return (
    <div className="space-y-4 py-12 text-center">
      <h1 className="font-serif text-3xl font-black">Page not found</h1>
      <p>We could not find that page. It may have moved, or the link may be mistyped.</p>
      <SearchBox action={searchPath} label="Search for what you were looking for" className="mx-auto max-w-md" />
      <p>
        <Link href="/" className="font-medium text-red-800 underline dark:text-red-300">
          Read the latest news
        </Link>
      </p>
    </div>
  )
}
