import type { Metadata } from 'next'
import Link from 'next/link'
import { getArchiveYears } from '@/lib/content/lists'
import { monthName } from '@/lib/dates'
import { alternates } from '@/lib/reach/metadata'
import { siteConfig } from '@/lib/site'
import { archivePath, archiveUrl } from '@/lib/urls'

export const metadata: Metadata = {
  title: 'Archive',
  description: `Every ${siteConfig.name} article, by year and month.`,
  alternates: alternates(archivePath),
}

const count = (n: number) => (n === 1 ? '1 article' : `${n} articles`)

export default async function ArchivePage() {
  const years = await getArchiveYears()
  return (
    <div className="space-y-8">
      <h1 className="font-serif text-3xl font-black">Archive</h1>
      {years.map(({ year, count: total, months }) => (
        <section key={year} aria-labelledby={`year-${year}`} className="space-y-2">
          <h2 id={`year-${year}`} className="font-serif text-2xl font-bold">
            <Link href={archiveUrl(year)} className="hover:underline">
              {year}
            </Link>{' '}
            <span className="text-base font-normal text-stone-600 dark:text-stone-300">({count(total)})</span>
          </h2>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {months.map(({ month, count: n }) => (
              <li key={month}>
                <Link href={archiveUrl(year, month)} className="underline hover:no-underline">
                  {monthName(month)}
                </Link>{' '}
                <span className="text-sm text-stone-600 dark:text-stone-300">({n})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
