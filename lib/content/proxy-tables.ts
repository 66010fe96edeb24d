import type { ListPages } from './list-pages'
import type { RedirectTable } from './redirects'
import type { Database } from '../store/database'
import type { SiteTables } from '../store/site-tables'
import { articleGate, contentEnvironment, type ArticleSlugs } from './visibility'
import { databaseUrl } from '../environment'

/**
 * What proxy.ts reads before any page renders, from the build's store (lib/environment.js says which), as
 * lib/content/posts.ts is for pages: the proxy cannot tell which it has. The files build bundles the content
 * build's tables (.contentlayer/article-slugs.json, list-pages.json, redirects.json); a build with
 * DATABASE_URL reads them from PostgreSQL (lib/store/site-tables.ts), so its proxy carries no article,
 * list or redirect and knows what a publish added without a new deploy.
 */
export type ProxyTables = {
  /** Whether an article with this slug is one a reader of this build may see at `now` (ms). */
  isArticle: (slug: string, now: number) => boolean
  lists: ListPages
  redirects: RedirectTable
}

const environment = contentEnvironment()
const gates = new WeakMap<ArticleSlugs, ProxyTables['isArticle']>()
function tablesOf(slugs: ArticleSlugs, lists: ListPages, redirects: RedirectTable): ProxyTables {
  let isArticle = gates.get(slugs)
  if (!isArticle) {
    isArticle = articleGate(slugs, environment)
    gates.set(slugs, isArticle)
  }
  return { isArticle, lists, redirects }
}

let files: Promise<ProxyTables> | undefined
let store: Promise<() => Promise<SiteTables | null>> | undefined

/** The store's tables as this server keeps them, on a small pool of the proxy's own. */
async function storeTables(): Promise<() => Promise<SiteTables | null>> {
  const [{ connect }, { contentSchema }, { siteTablesKeeper }] = await Promise.all([
    import('../store/database'),
    import('../store/schema'),
    import('../store/site-tables'),
  ])
  let database: Database | undefined
  return siteTablesKeeper(() => {
    const url = databaseUrl()
    if (!url) throw new Error('This build reads its tables from PostgreSQL, but DATABASE_URL is not set where it runs.')
    database ??= connect(url, contentSchema(environment), { max: 2, connectTimeout: 5 })
    return database
  })
}

/** The tables, or null while the database has never answered (the pages then answer for themselves). */
export async function proxyTables(): Promise<ProxyTables | null> {
  // Spelled out (not contentStore()) so that Next inlines the value and drops the other branch: a database
  // build's proxy carries none of the files' tables.
  if (process.env.CONTENT_STORE === 'postgres') {
    store ??= storeTables()
    const tables = await (await store)()
    return tables && tablesOf(tables.slugs, tables.lists, tables.redirects)
  }
  const load = () =>
    Promise.all([
      import('@/.contentlayer/article-slugs.json'),
      import('@/.contentlayer/list-pages.json'),
      import('@/.contentlayer/redirects.json'),
    ]).then(([slugs, lists, redirects]) => tablesOf(slugs.default, lists.default, redirects.default))
  // Under `next dev` each save can rewrite them (an editor's redirects.yml): asked again each time, the dev
  // server answers with the module it holds now.
  if (environment === 'development') return load()
  files ??= load()
  return files
}
