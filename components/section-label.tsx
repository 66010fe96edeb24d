import Link from 'next/link'
import { sectionUrl } from '@/lib/content/sections'
import { cn } from '@/lib/utils'

/** An article's section (its category) above its headline, linking to the section's page. */
export function SectionLabel({ name, className }: { name: string; className?: string }) {
  return (
    <p className={cn('text-xs font-semibold tracking-wider uppercase', className)}>
      <Link href={sectionUrl(name)} className="inline-block py-1 text-red-800 hover:underline dark:text-red-300">
        {name}
      </Link>
    </p>
  )
}
