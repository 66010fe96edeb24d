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
  /** Starts loading the index's entry, metadata and WebAssembly. */
  init: () => Promise<void>
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
  'init' in value &&
  typeof value.init === 'function' &&
  'preload' in value &&
  typeof value.preload === 'function'

export const pagefindSrc = '/pagefind/pagefind.js'
export const pagefindOptions = { baseUrl: '/', excerptLength: 30 }

let loading: Promise<Pagefind> | undefined

/** The library, set up; the browser loads it once, whether the search page's early start did or this (same URL, one module). */
export function loadPagefind(src = pagefindSrc): Promise<Pagefind> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ src).then(async (module: unknown) => {
    if (!isPagefind(module)) throw new Error(`${src} is not Pagefind`)
    await module.options(pagefindOptions)
    return module
  })
  return loading
}

/**
 * An inline script for the search page: when the address carries a query,
 * it starts loading Pagefind and its index as the HTML is read, instead of
 * after React has loaded and hydrated (about 300 ms later on this machine,
 * more on a phone). Nothing loads for /search without a query.
 */
export const earlyStartScript = `(function(){var q=new URLSearchParams(location.search).get('q');if(q&&q.trim())import(${JSON.stringify(pagefindSrc)}).then(function(p){return p.options(${JSON.stringify(pagefindOptions)}).then(function(){return p.init()})}).catch(function(){})})()`

/**
 * While the reader types: loads the search code at once and, for words of
 * three letters or more, the index chunks they need (Pagefind fetches each
 * chunk once, so "Dub", "Dubl", "Dublin" cost one). Shorter prefixes ("D",
 * "Du") would fetch much of a large index. The caller leaves out very
 * common words first, as the search itself will.
 */
export function warmSearch(words: string): void {
  const pagefind = loadPagefind()
  const long = words.split(/\s+/).filter((word) => word.length >= 3)
  if (long.length === 0) return
  void pagefind.then((p) => p.preload(long.join(' '))).catch(() => undefined)
}
