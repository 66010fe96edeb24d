import Link from 'next/link'
import { getSections } from '@/lib/content/posts'
import { siteConfig } from '@/lib/site'
import { archivePath, searchPath, sectionPath } from '@/lib/urls'
import { SearchBox } from './search-box'

const navLink = 'inline-flex min-h-11 items-center hover:underline'

/** Masthead, the sections, and a search box that works without JavaScript (a GET form to /search). */
export async function SiteHeader() {
  return (
    <header className="border-b-4 border-double border-stone-800 dark:border-stone-300">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-4">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <Link href="/" className="font-serif text-3xl font-black tracking-tight">
            {siteConfig.name}
          </Link>
          <SearchBox action={searchPath} label="Site search" className="w-full sm:w-64" />
        </div>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 text-sm font-medium">
            <li>
              <Link href="/" className={navLink}>
                Latest
              </Link>
            </li>
            {(await getSections()).map((section) => (
              <li key={section.slug}>
                <Link href={sectionPath(section.slug)} className={navLink}>
                  {section.name}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/tags" className={navLink}>
                Topics
              </Link>
            </li>
            <li>
              <Link href={archivePath} className={navLink}>
                Archive
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
