import path from 'node:path'
import type { CheckScope } from '../checks/check-content'
import type { WorkingTree } from '../history/git'
import { isStringArray } from '../utils'
import { table, type Database } from './database'
import { planFromGit, storeVersion } from './pipeline'
import { lastPublish } from './publish'

/**
 * What the content check reads before a database publish: the files the publish will compile (those
 * changed since the last publish, lib/store/pipeline.ts), checked against what the store holds of the rest
 * of the archive, so the check's cost follows the change too. Null when the publish will compile every
 * file (the first publish, a checkout without the last publish's commit, new code): then every file is read.
 */
export async function checkScope(
  root: string,
  contentDir: string,
  db: Database,
  tree?: WorkingTree,
): Promise<CheckScope | null> {
  const [exists] = await db.sql<{ found: boolean }[]>`
    select to_regclass(${`${db.schema}.publishes`}) is not null and
           exists (select 1 from information_schema.columns
                   where table_schema = ${db.schema} and table_name = 'publishes' and column_name = 'store_version')
           as found`
  if (!exists?.found) return null
  const postsDir = path.join(contentDir, 'posts')
  const planned = planFromGit(root, postsDir, await lastPublish(db), storeVersion(root), tree)
  if (planned.plan !== 'changes') return null
  const only = new Set(planned.files.map((file) => path.relative(contentDir, file).split(path.sep).join('/')))
  const changed = [...planned.files.map((file) => path.basename(file, '.mdx')), ...planned.gone]
  // What lists read of every article (migration 0015), narrower than the articles' rows; the articles that pin or
  // link a changed one are found in those rows' indexes.
  const articles = table(db, 'list_rows')

  // Five reads of the archive, side by side on the connection's pool: the check waits for the longest.
  const [stored, linking, tags, authors, categories] = await Promise.all([
    db.sql<{ slug: string; draft: boolean }[]>`select slug, draft from ${articles} where ${true}`,
    db.sql<{ slug: string; draft: boolean; related: unknown; inline_related: string[] }[]>`
      select slug, draft, meta->'related' as related, inline_related from ${table(db, 'articles')}
      where slug <> all(${changed}) and (inline_related && ${changed}::text[] or (meta->'related') ?| ${changed}::text[])`,
    db.sql<{ tag: string; slug: string }[]>`
      select tag, min(slug) as slug from ${articles}, unnest(tags) as tag
      where slug <> all(${changed}) group by tag order by tag`,
    // A profile removed while unchanged articles still credit its author.
    db.sql<{ slug: string; id: string }[]>`
      select id, min(slug) as slug from ${articles}, unnest(author_slugs) as id
      where slug <> all(${changed}) group by id order by id`,
    db.sql<{ slug: string; category: string }[]>`
      select category, min(slug) as slug from ${articles} where slug <> all(${changed}) group by category order by category`,
  ])
  const known = new Map(stored.map((row) => [row.slug, { draft: row.draft }]))
  // A file the store does not hold and this publish does not compile is a draft (production holds none).
  for (const file of planned.present) {
    const slug = path.basename(file, '.mdx')
    if (!known.has(slug)) known.set(slug, { draft: true })
  }
  for (const slug of changed) known.delete(slug)

  const file = (slug: string) => `${contentDir}/posts/${slug}.mdx`
  return {
    only,
    known,
    linking: linking.map((row) => ({
      slug: row.slug,
      file: `posts/${row.slug}.mdx`,
      draft: row.draft,
      related: isStringArray(row.related) ? row.related : [],
      inlineRelated: row.inline_related,
    })),
    named: [
      ...tags.map((row) => ({ file: file(row.slug), tags: [row.tag], lines: {} })),
      ...authors.map((row) => ({ file: file(row.slug), tags: [], authors: { ids: [row.id], credits: [] }, lines: {} })),
      // A section removed from content/sections.yml while unchanged articles still name it.
      ...categories.map((row) => ({ file: file(row.slug), tags: [], category: row.category, lines: {} })),
    ],
  }
}
