import Link from 'next/link'

/** The words of the error pages (app/error.tsx, app/global-error.tsx): what happened, and what to do. */
export function Unavailable() {
  return (
    <div className="space-y-4 py-12 text-center">
      <h1 className="font-serif text-3xl font-black">This page is not available just now</h1>
      <p>Something on our side did not answer in time. Please try again in a minute.</p>
      <p className="flex justify-center gap-6">
        {/* A plain link to this same address: a reload, with or without JavaScript. */}
        <a href="" className="font-medium text-red-800 underline dark:text-red-300">
          Try again
        </a>
        <Link href="/" className="font-medium text-red-800 underline dark:text-red-300">
          Read the latest news
        </Link>
      </p>
    </div>
  )
}
