import { cn } from '@/lib/utils'

type SearchBoxProps = {
  action: string
  /** Names the search landmark; a page can have more than one. */
  label: string
  defaultValue?: string
  className?: string
}

/**
 * A plain GET form: the search's address (/search?q=…) can be shared and
 * bookmarked, and the box needs no JavaScript to send a reader there.
 */
export function SearchBox({ action, label, defaultValue, className }: SearchBoxProps) {
  return (
    <form role="search" aria-label={label} action={action} method="get" className={cn('flex gap-2', className)}>
      <label className="flex-1">
        <span className="sr-only">Search articles</span>
        <input
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder="Search articles"
          className="min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 placeholder:text-stone-600 dark:border-stone-500 dark:bg-stone-900 dark:text-stone-100 dark:placeholder:text-stone-400"
        />
      </label>
      <button
        type="submit"
        className="min-h-11 rounded-md bg-stone-800 px-4 text-sm font-semibold text-white hover:bg-stone-700 dark:bg-stone-200 dark:text-stone-900 dark:hover:bg-stone-300"
      >
        Search
      </button>
    </form>
  )
}
