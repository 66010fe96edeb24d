/**
 * The part of Pagefind's browser API the search page uses, typed, and a
 * loader that checks what it got. The library is served with the index
 * (app/pagefind) and loaded only when a reader searches.
 */
export type PagefindResultData = {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
}
export type PagefindSearch = {
  results: { id: string; data: () => Promise<PagefindResultData> }[]
}
export type Pagefind = {
  options: (options: { baseUrl: string; excerptLength?: number }) => Promise<void>
  search: (
    query: string,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch | null>
  /** Fetches the index chunks a term will need, while the reader is still typing. */
  preload: (term: string) => Promise<void>
}

const isPagefind = (value: unknown): value is Pagefind =>
  typeof value === 'object' &&
  value !== null &&
  'search' in value &&
  typeof value.search === 'function' &&
  'options' in value &&
  typeof value.options === 'function' &&
  'preload' in value &&
  typeof value.preload === 'function'

let loading: Promise<Pagefind> | undefined

export function loadPagefind(src = '/pagefind/pagefind.js'): Promise<Pagefind> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ src).then(async (module: unknown) => {
    if (!isPagefind(module)) throw new Error(`${src} is not Pagefind`)
    await module.options({ baseUrl: '/', excerptLength: 30 })
    return module
  })
  return loading
}

let warmTimer: ReturnType<typeof setTimeout> | undefined

/**
 * While the reader types: loads the search code at once, and, once they
 * pause on words of three letters or more, the index chunks those words
 * need. Short prefixes ("D", "Du") would fetch much of a large index.
 */
export function warmSearch(words: string): void {
  clearTimeout(warmTimer)
  const pagefind = loadPagefind()
  if (words.split(/\s+/).every((word) => word.length < 3)) return
  warmTimer = setTimeout(() => {
    void pagefind.then((p) => p.preload(words)).catch(() => undefined)
  }, 200)
}
