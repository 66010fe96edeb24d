import { table, type Database } from './database'
import { visible, type Moment } from './read'
import type { ContentEnvironment } from '../content/visibility'
import { siteConfig } from '../site'
import { isRecord, list } from '../utils'

/**
 * Every list a reader can open and how many articles each has: what the tags page, the header's sections, the
 * archive's index and the sitemap of lists show. Counting them is four aggregates over every row (of list_rows,
 * migration 0015, what lists read of each article); a publish
 * counts them once, right after its transaction, and keeps them in `list_counts` (migration 0012), so a server's
 * first request after a publish and each process of `next build` read a few hundred rows, not the archive.
 * They hold for that publish until an article goes live after the time they were counted; after that (or
 * for a publish by code from before them) the count is made again from the rows.
 */

/** One list a reader can open, with how many articles it has and when its newest published change was. */
export type ListCount = { slug: string; name: string; count: number; lastModified: Date | null }
export type MonthCount = { year: number; month: number; count: number; lastModified: Date | null }
export type ListCounts = { tags: ListCount[]; authors: ListCount[]; sections: ListCount[]; months: MonthCount[] }

/** The two rules of who sees what (lib/store/read.ts visible): production's, and a preview's (everything). */
type Rule = 'published' | 'all'
const ruleOf = (environment: ContentEnvironment): Rule => (environment === 'production' ? 'published' : 'all')

/**
 * The counts as a reader of `moment` sees them, from the rows. `lastModified` counts published articles only
 * (what a sitemap says), whoever asks.
 */
export async function countLists(db: Database, moment: Moment): Promise<ListCounts> {
  const { sql } = db
  // (list_rows, migration 0015: what lists read of every article, kept by the articles table.)
  const rows = table(db, 'list_rows')
  const where = visible(db, moment)
  const changed = sql`max(changed_at) filter (where not draft and date <= ${moment.now})`
  const zone = siteConfig.timeZone
  const [tags, authors, sections, months] = await Promise.all([
    // A topic's name is the spelling of its newest article, as the files' index has it (lib/content/snapshot.ts).
    sql<ListCount[]>`
      select t.slug, (array_agg(t.name order by date desc, a.slug))[1] as name, count(*)::int as count,
             ${changed} as "lastModified"
      from ${rows} a, unnest(a.tag_slugs, a.tag_names) as t(slug, name)
      where ${where} group by t.slug order by count desc, t.slug`,
    // Authors by id (names are the profiles'), each article counted for everyone it credits.
    sql<ListCount[]>`
      select id as slug, id as name, count(*)::int as count, ${changed} as "lastModified"
      from ${rows}, unnest(author_slugs) as id where ${where} group by id order by id`,
    sql<ListCount[]>`
      select category as slug, category as name, count(*)::int as count, ${changed} as "lastModified"
      from ${rows} where ${where} group by category order by category`,
    sql<MonthCount[]>`
      select extract(year from date at time zone ${zone})::int as year,
             extract(month from date at time zone ${zone})::int as month,
             count(*)::int as count, ${changed} as "lastModified"
      from ${rows} where ${where} group by 1, 2 order by 1 desc, 2 desc`,
  ])
  return { tags, authors, sections, months }
}

/**
 * Counts the lists for each rule a schema of `environment` serves (a preview's both, production's its own) and
 * keeps them for `publish`: called by a publish once its transaction has committed (the four counts then run
 * side by side on the pool). Until they are written, servers count from the rows, as for any other publish.
 */
export async function writeListCounts(
  db: Database,
  { environment, publish, now }: { environment: ContentEnvironment; publish: string; now: Date },
): Promise<void> {
  // Production's readers, and where this schema is a preview's, its own: a rule each.
  const environments: ContentEnvironment[] = environment === 'production' ? ['production'] : ['production', environment]
  const counted = await Promise.all(
    environments.map(async (seen) => ({
      rule: ruleOf(seen),
      counts: await countLists(db, { environment: seen, now }),
    })),
  )
  await db.sql.begin(async (tx) => {
    await tx`delete from ${table(db, 'list_counts')} where rule <> all(${counted.map(({ rule }) => rule)})`
    for (const { rule, counts } of counted) {
      await tx`
        insert into ${table(db, 'list_counts')} (rule, publish, as_of, value)
        values (${rule}, ${publish}, ${now}, ${JSON.stringify(counts)}::text::json)
        on conflict (rule) do update set publish = excluded.publish, as_of = excluded.as_of, value = excluded.value`
    }
  })
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value)
const lastModifiedOf = (value: unknown): Date | null | undefined =>
  value === null ? null : typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value) : undefined

function listCountOf(value: unknown): ListCount | undefined {
  if (!isRecord(value) || typeof value.slug !== 'string' || typeof value.name !== 'string') return undefined
  const lastModified = lastModifiedOf(value.lastModified)
  if (!isCount(value.count) || lastModified === undefined) return undefined
  return { slug: value.slug, name: value.name, count: value.count, lastModified }
}

function monthCountOf(value: unknown): MonthCount | undefined {
  if (!isRecord(value) || !isCount(value.year) || !isCount(value.month) || !isCount(value.count)) return undefined
  const lastModified = lastModifiedOf(value.lastModified)
  if (lastModified === undefined) return undefined
  return { year: value.year, month: value.month, count: value.count, lastModified }
}

/** The kept counts as JSON gave them back, or undefined where they are not of this code's shape. */
export function parseListCounts(value: unknown): ListCounts | undefined {
  if (!isRecord(value)) return undefined
  const tags = list(value.tags, listCountOf)
  const authors = list(value.authors, listCountOf)
  const sections = list(value.sections, listCountOf)
  const months = list(value.months, monthCountOf)
  return tags && authors && sections && months ? { tags, authors, sections, months } : undefined
}

/**
 * The lists' counts a reader of `moment` sees: those the last publish kept, while no article has gone live
 * between the time they were counted and `moment` (either way, for a server whose clock is behind), else
 * counted from the rows.
 */
export async function readListCounts(db: Database, moment: Moment): Promise<ListCounts> {
  const { sql } = db
  const [kept] = await sql<{ value: unknown; fresh: boolean }[]>`
    select c.value, not exists (
             select 1 from ${table(db, 'articles')}
             where not draft and date > least(c.as_of, ${moment.now}) and date <= greatest(c.as_of, ${moment.now})
           ) as fresh
    from ${table(db, 'list_counts')} c
    where c.rule = ${ruleOf(moment.environment)} and c.publish = (select max(id) from ${table(db, 'publishes')})`
  const counts = kept?.fresh ? parseListCounts(kept.value) : undefined
  return counts ?? countLists(db, moment)
}
