/**
 * Old URLs that answer a permanent redirect to their new home: an imported
 * site's (npm run import) and the editors' own (content/redirects.yml). The
 * content build writes them as one table sorted by `from`
 * (.contentlayer/redirects.json) and proxy.ts looks a request up in it by
 * binary search: Next's `redirects()` list is capped at 2,048 routes on
 * Vercel, and an imported archive has hundreds of thousands.
 */

/** [from, to] pairs sorted by `from` (code-unit order), each `from` a key made by `redirectKey`. */
export type RedirectTable = readonly (readonly [string, string])[]

/**
 * Query parameters by which WordPress addressed content at its base path (`/?p=123`,
 * `/blog/?page_id=7`, `/?cat=3`): the table holds them as `<base path>?<name>=<value>`.
 */
export const ID_PARAMETERS = ['p', 'page_id', 'attachment_id', 'cat', 'tag', 'author'] as const

/** A path segment percent-decoded, or as it is when it does not decode. */
export function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * A path as the table keys it: each segment decoded (a browser sends `%E7%A9%BA` where the export wrote
 * `%e7%a9%ba`), lower-case, without a trailing slash or `/index.php`; the root is `/`.
 */
export function redirectKey(pathname: string): string {
  const path = pathname
    .split('/')
    .map((segment) => decoded(segment).toLowerCase())
    .join('/')
    .replace(/\/index\.php$/, '')
    .replace(/\/+$/, '')
  return path === '' ? '/' : path
}

/** The key of a query that names content at a base path: `/blog?p=123`. */
export const queryKey = (basePath: string, name: string, value: string) =>
  `${redirectKey(basePath)}?${name}=${value.toLowerCase()}`

/** Where `key` goes, by binary search over the sorted table. */
export function lookUp(table: RedirectTable, key: string): string | null {
  let low = 0
  let high = table.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const entry = table[middle]
    if (!entry) return null
    if (entry[0] === key) return entry[1]
    if (entry[0] < key) low = middle + 1
    else high = middle - 1
  }
  return null
}

/** Sorted as `lookUp` reads the table: by code units, as `<` compares strings. */
export const byFrom = (a: readonly [string, string], b: readonly [string, string]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0

const withQuery = (target: string, query: URLSearchParams) => {
  const rest = query.toString()
  if (!rest) return target
  return `${target}${target.includes('?') ? '&' : '?'}${rest}`
}

/**
 * Where a request for `pathname` with `search` is sent, or null when no old URL is it. A query that named
 * content (`?p=123`) is looked up first and left out of the new URL; any other parameters (a campaign's
 * `utm_source`) go along.
 */
export function findRedirect(table: RedirectTable, pathname: string, search: string): string | null {
  if (table.length === 0) return null
  const key = redirectKey(pathname)
  const query = new URLSearchParams(search)
  for (const name of ID_PARAMETERS) {
    const value = query.get(name)
    if (value === null) continue
    const target = lookUp(table, queryKey(key, name, value))
    if (target !== null) {
      query.delete(name)
      return withQuery(target, query)
    }
  }
  const target = lookUp(table, key)
  return target === null ? null : withQuery(target, query)
}
