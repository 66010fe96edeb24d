import Link from 'next/link'
import { siteConfig } from '@/lib/site'

export function SiteHeader() {
  return (
    <header className="border-b-4 border-double border-stone-800 dark:border-stone-300">
      <div className="mx-auto flex max-w-3xl items-baseline justify-between gap-4 px-4 py-4">
        <Link href="/" className="font-serif text-3xl font-black tracking-tight">
          {siteConfig.name}
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-4 text-sm font-medium">
            <li>
              <Link href="/" className="hover:underline">
                Latest
              </Link>
            </li>
            <li>
              <Link href="/tags" className="hover:underline">
                Topics
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
