import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { cacheDir } from '../build-cache/paths'
import {
  ARTICLE_SLUGS_PATH,
  IMAGES_PATH,
  GENERATED_NOTE,
  JSON_TYPES,
  LIST_PAGES_PATH,
  LIST_PAGES_TYPES,
  LIST_PAGES_TYPES_PATH,
  POST_INDEX_PATH,
  POST_INDEX_TYPES,
  POST_INDEX_TYPES_PATH,
  RELATED_MAP_PATH,
  writeEditorialFiles,
  writeIfChanged,
} from '../content/generated-files'
import { listPages } from '../content/list-pages'
import { picturesDir } from '../content/schema'
import { articleSlugs } from '../content/visibility'
import { imageEntry, pictureCodeVersion } from '../images/variants'
import { contentHash } from '../build-cache/result-cache'
import { table, type Database } from './database'
import { writeSiteTables } from './site-tables'

/**
 * What a build with a database writes beside its publish, from the store: the proxy's tables (its articles'
 * slugs and states, each list's count, the redirects) into the store, where every server reads them
 * (lib/store/site-tables.ts), and the pictures' variants with their manifest (lib/content/images.ts), as the
 * files build's index step writes them from its files. The files backend's own generated files are written
 * empty where missing, for TypeScript: this build never reads them.
 */
export async function writeSiteFiles(
  root: string,
  db: Database,
  contentDir: string,
): Promise<{ pictures: number; tables: string[] }> {
  const file = (name: string) => path.join(root, name)
  mkdirSync(file('.contentlayer'), { recursive: true })
  // What the proxy needs of each article: its slug, time and state, and the lists it is in (its columns, not its index entry).
  const posts = (
    await db.sql<
      {
        slug: string
        date: Date
        draft: boolean
        tags: string[]
        authors: string[]
        category: string
        corrections: unknown[] | null
      }[]
    >`
      select slug, date, draft, tag_names as tags, author_slugs as authors, category,
             case when corrected then meta->'corrections' end as corrections
      from ${table(db, 'articles')} where ${true}`
  )
    // author_slugs holds everyone the article credits, which is what its authors' lists need.
    .map((row) => ({ ...row, date: row.date.toISOString(), credits: [] }))
  const builtAt = Date.now()
  const { sections, authors, redirects } = await writeEditorialFiles(root, contentDir)
  const ids = authors.map((author) => author.id)
  const text = (value: unknown) => {
    const json = JSON.stringify(value)
    return { json, hash: contentHash(json) }
  }
  // The proxy reads them from the store (lib/content/proxy-tables.ts): a publish changes them for every server.
  const tables = await writeSiteTables(db, {
    slugs: text(articleSlugs(posts, builtAt)),
    lists: text(listPages(posts, sections, ids, builtAt)),
    redirects: text(redirects),
  })

  const rows = await db.sql<{ src: string }[]>`
    select distinct unnest(pictures) as src from ${table(db, 'articles')} where ${true} order by 1`
  const photos = authors.flatMap((author) => (author.photo ? [author.photo] : []))
  const pictures = [...new Set([...rows.map((row) => row.src), ...photos])].sort()
  const images: Record<string, Awaited<ReturnType<typeof imageEntry>>> = {}
  const kept = path.join(cacheDir(root), 'img', pictureCodeVersion())
  for (const src of pictures) {
    images[src] = await imageEntry(path.join(root, picturesDir(contentDir)), src, kept, path.join(root, 'public'))
  }
  await writeIfChanged(file(IMAGES_PATH), `${JSON.stringify(images)}\n`)

  for (const [name, empty] of [
    [POST_INDEX_PATH, '[]'],
    [RELATED_MAP_PATH, '{}'],
    [ARTICLE_SLUGS_PATH, '{"live":[],"scheduled":[],"drafts":[]}'],
    [LIST_PAGES_PATH, '{}'],
  ] as const) {
    if (!existsSync(file(name))) await writeIfChanged(file(name), `${empty}\n`)
  }
  await writeIfChanged(file(POST_INDEX_TYPES_PATH), POST_INDEX_TYPES)
  await writeIfChanged(file(LIST_PAGES_TYPES_PATH), LIST_PAGES_TYPES)
  for (const [name, types] of Object.entries(JSON_TYPES)) {
    await writeIfChanged(file(name), `${GENERATED_NOTE}${types}`)
  }
  return { pictures: pictures.length, tables }
}
