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
}

const isPagefind = (value: unknown): value is Pagefind =>
  typeof value === 'object' &&
  value !== null &&
  'search' in value &&
  typeof value.search === 'function' &&
  'options' in value &&
  typeof value.options === 'function'

let loading: Promise<Pagefind> | undefined

export function loadPagefind(src = '/pagefind/pagefind.js'): Promise<Pagefind> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ src).then(async (module: unknown) => {
    if (!isPagefind(module)) throw new Error(`${src} is not Pagefind`)
    await module.options({ baseUrl: '/', excerptLength: 30 })
    return module
  })
  return loading
}
