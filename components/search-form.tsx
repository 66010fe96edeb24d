export type SearchQuery = { q: string; section: string; tag: string; sort: 'relevance' | 'newest' }
export type SearchFormProps = {
  /** /search: passed in, so this form (also rendered in the browser) does not pull lib/urls into the bundle. */
  action: string
  sections: readonly { slug: string; name: string }[]
  tags: readonly string[]
  query?: SearchQuery
  /** In the browser: called as the reader types, to warm the search. */
  onWords?: (words: string) => void
  /** In the browser: runs the search in place with the form's query string, instead of loading the page again. */
  onSearch?: (search: string) => void
}

const field =
  'min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 dark:border-stone-500 dark:bg-stone-900 dark:text-stone-100'

/** The search page's form: words, section, topic and order, sent as a plain GET so a search's URL can be shared. */
export function SearchForm({ action, sections, tags, query, onWords, onSearch }: SearchFormProps) {
  return (
    <form
      role="search"
      aria-label="Search articles by words, section and topic"
      action={action}
      method="get"
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={
        onSearch
          ? (event) => {
              event.preventDefault()
              const params = new URLSearchParams()
              for (const [name, value] of new FormData(event.currentTarget)) {
                if (typeof value === 'string') params.append(name, value)
              }
              onSearch(params.toString())
            }
          : undefined
      }
    >
      <label className="grid gap-1 sm:col-span-2">
        <span className="text-sm font-semibold">Words to find</span>
        <input
          type="search"
          name="q"
          defaultValue={query?.q}
          className={field}
          onFocus={onWords ? () => onWords('') : undefined}
          onChange={onWords ? (event) => onWords(event.currentTarget.value.trim()) : undefined}
        />
      </label>
      <label className="grid gap-1">
        <span className="text-sm font-semibold">Section</span>
        <select name="section" defaultValue={query?.section ?? ''} className={field}>
          <option value="">All sections</option>
          {sections.map((section) => (
            <option key={section.slug} value={section.name}>
              {section.name}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1">
        <span className="text-sm font-semibold">Topic</span>
        <select name="tag" defaultValue={query?.tag ?? ''} className={field}>
          <option value="">All topics</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="flex flex-wrap items-center gap-4 sm:col-span-2">
        <legend className="sr-only">Order</legend>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="radio" name="sort" value="relevance" defaultChecked={query?.sort !== 'newest'} />
          Best match
        </label>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="radio" name="sort" value="newest" defaultChecked={query?.sort === 'newest'} />
          Newest first
        </label>
        <button
          type="submit"
          className="ml-auto min-h-11 rounded-md bg-stone-800 px-5 font-semibold text-white hover:bg-stone-700 dark:bg-stone-200 dark:text-stone-900 dark:hover:bg-stone-300"
        >
          Search
        </button>
      </fieldset>
    </form>
  )
}
