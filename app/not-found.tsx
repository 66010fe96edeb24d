import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="space-y-4 py-12 text-center">
      <h1 className="font-serif text-3xl font-black">Page not found</h1>
      <p>We could not find that page. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link href="/" className="font-medium text-red-800 underline dark:text-red-300">
          Read the latest news
        </Link>
      </p>
    </div>
  )
}
