import path from 'node:path'
import type { ArchiveAnswer, ArchiveQuestion, CheckScope } from '../checks/check-content'
import type { WorkingTree } from '../history/git'
import { slugify } from '../urls'
import { isStringArray } from '../utils'
import { table, type Database } from './database'
import { planFromGit, slugOfFile, storeVersion } from './pipeline'
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
  const changed = [...planned.files.map(slugOfFile), ...planned.gone]
  // What lists read of every article (migration 0015), narrower than the articles' rows, with an index for each
  // name a question asks about; the articles that pin or link a changed one are found in the articles' indexes.
  const rows = table(db, 'list_rows')
  const linking = await db.sql<{ slug: string; draft: boolean; related: unknown; inline_related: string[] }[]>`
    select slug, draft, meta->'related' as related, inline_related from ${table(db, 'articles')}
    where slug <> all(${changed}) and (inline_related && ${changed}::text[] or (meta->'related') ?| ${changed}::text[])`
  // A file the store does not hold and this publish does not compile is a draft (production holds none).
  const present = new Set(planned.present.map(slugOfFile))
  const file = (slug: string) => `${contentDir}/posts/${slug}.mdx`

  const ask = async (question: ArchiveQuestion): Promise<ArchiveAnswer> => {
    const slugs = [...question.slugs]
    const tags = [...question.tags]
    const profiles = [...question.profiles]
    // Four look-ups side by side on the connection's pool, each by an index or over the narrow rows once.
    const [stored, spellings, authors, categories] = await Promise.all([
      db.sql<{ slug: string; draft: boolean }[]>`
        select slug, draft from ${rows} where slug = any(${slugs}) and slug <> all(${changed})`,
      // Every spelling of those topics, which the check of names compares with the files' own.
      db.sql<{ tag: string; slug: string }[]>`
        select tag, min(slug) as slug from ${rows}, unnest(tags) as tag
        where tag_slugs && ${tags}::text[] and slug <> all(${changed}) group by tag order by tag`,
      // A profile removed while unchanged articles still credit its author.
      db.sql<{ slug: string; id: string }[]>`
        select id, min(slug) as slug from ${rows}, unnest(author_slugs) as id
        where not (author_slugs <@ ${profiles}::text[]) and id <> all(${profiles}) and slug <> all(${changed})
        group by id order by id`,
      // A section removed from content/sections.yml while unchanged articles still name it: the sections the
      // archive has, one step of the category index each, then an article of each that is not there.
      question.sections
        ? db.sql<{ slug: string; category: string }[]>`
            with recursive seen as (
              (select category as name from ${rows} order by category limit 1)
              union all
              select (select category from ${rows} where category > seen.name order by category limit 1)
              from seen where seen.name is not null
            )
            select r.category, min(r.slug) as slug from ${rows} r
            where r.category = any(array(select name from seen
                                         where name is not null and name <> all(${[...question.sections]})))
              and r.slug <> all(${changed})
            group by r.category order by r.category`
        : [],
    ])
    const known = new Map(stored.map((row) => [row.slug, { draft: row.draft }]))
    for (const slug of slugs)
      if (!known.has(slug) && present.has(slug) && !changed.includes(slug)) known.set(slug, { draft: true })
    return {
      known,
      named: [
        ...spellings
          .filter((row) => question.tags.has(slugify(row.tag)))
          .map((row) => ({ file: file(row.slug), tags: [row.tag], lines: {} })),
        ...authors.map((row) => ({
          file: file(row.slug),
          tags: [],
          authors: { ids: [row.id], credits: [] },
          lines: {},
        })),
        ...categories.map((row) => ({ file: file(row.slug), tags: [], category: row.category, lines: {} })),
      ],
    }
  }

  return {
    only,
    linking: linking.map((row) => ({
      slug: row.slug,
      file: `posts/${row.slug}.mdx`,
      draft: row.draft,
      related: isStringArray(row.related) ? row.related : [],
      inlineRelated: row.inline_related,
    })),
    ask,
  }
}
