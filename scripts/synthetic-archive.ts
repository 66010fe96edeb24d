// A deterministic synthetic news archive for benchmarks: many topics with
// their own vocabulary, a shared everyday vocabulary, 300–1,000 words an
// article, tags mostly from the article's topic with some shared across
// topics (as "Microsoft" or "Privacy" are), dates spread over 2010–2026.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { RelatedSource } from '../lib/related/types'
import { slugify } from '../lib/urls'
import { contentDir } from '../lib/content/schema'
import { readSections } from '../lib/content/sections-file'

/** Mulberry32: a small seeded generator, so every run and machine gets the same archive. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const syllables = [
  'ba',
  'ker',
  'lo',
  'min',
  'tra',
  'vel',
  'sor',
  'ent',
  'qua',
  'dis',
  'pho',
  'gren',
  'ul',
  'mar',
  'tic',
  'ros',
  'fen',
  'cal',
  'dro',
  'ix',
]

function makeWords(next: () => number, count: number, length: number): string[] {
  const words = new Set<string>()
  while (words.size < count) {
    let word = ''
    const parts = length + Math.floor(next() * 2)
    for (let i = 0; i < parts; i++) word += syllables[Math.floor(next() * syllables.length)]
    words.add(word)
  }
  return [...words]
}

/** Index drawn with a Zipf-like skew: a few words are common, most are rare. */
function zipf(next: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(size ** next()) - 1)
}

export type SyntheticArticle = RelatedSource & {
  topic: number
  /** Author ids (profiles: syntheticProfiles), one or, on about one article in eight, two. */
  authors: string[]
  /** A correction note, on about one article in thirty, as a newsroom's archive has them. */
  correction: { date: string; kind: 'correction' | 'clarification' | 'update'; text: string } | null
}

/** A newsroom's bylines: a few staff write most stories. */
const bylines = Array.from(
  { length: 40 },
  (_, i) => `Reporter ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? 'b' : ''} Synthetic`,
)

// Drawn from the article's number, not the generator, so adding these left every other field as it was.
const spread = (i: number) => (Math.imul(i + 1, 2654435761) >>> 0) / 4294967296

export function syntheticArticles(count: number, seed = 1): SyntheticArticle[] {
  const next = random(seed)
  // The sections of the site the archive is written into (content/sections.yml).
  const categories = readSections(process.cwd(), contentDir).map((section) => section.name)
  const topicCount = Math.max(20, Math.round(count / 50))
  const everyday = makeWords(next, 3000, 2)
  const topics = Array.from({ length: topicCount }, (_, topic) => ({
    words: makeWords(next, 80, 3),
    tags: Array.from({ length: 8 }, (_, i) => `Topic ${topic} tag ${i}`),
    category: categories[topic % categories.length] ?? 'Tech',
  }))
  const sharedTags = ['Microsoft', 'Google', 'Apple', 'Privacy', 'Courts', 'Congress', 'Europe', 'Security']
  const start = Date.UTC(2010, 0, 1)
  const span = Date.UTC(2026, 0, 1) - start

  const sentence = (topic: (typeof topics)[number], words: number) => {
    const out: string[] = []
    for (let i = 0; i < words; i++) {
      out.push(
        next() < 0.3
          ? (topic.words[zipf(next, topic.words.length)] ?? '')
          : (everyday[zipf(next, everyday.length)] ?? ''),
      )
    }
    return out.join(' ')
  }

  return Array.from({ length: count }, (_, i) => {
    const topicIndex = zipf(next, topicCount)
    const topic = topics[topicIndex] ?? topics[0]
    if (!topic) throw new Error('no topics')
    const length = 300 + Math.floor(next() * 700)
    const paragraphs: string[] = []
    for (let written = 0; written < length; written += 60)
      paragraphs.push(`${sentence(topic, Math.min(60, length - written))}.`)
    const tagCount = 2 + Math.floor(next() * 3)
    const tags = new Set<string>()
    while (tags.size < tagCount) tags.add(topic.tags[zipf(next, topic.tags.length)] ?? 'General')
    if (next() < 0.25) tags.add(sharedTags[Math.floor(next() * sharedTags.length)] ?? 'General')
    const date = new Date(start + Math.floor(next() * span)).toISOString()
    const mark = spread(i)
    const kinds = ['correction', 'clarification', 'update'] as const
    return {
      topic: topicIndex,
      authors: [
        ...new Set([
          authorId(Math.floor(bylines.length * mark ** 2)),
          ...(i % 8 === 3 ? [authorId((i * 7) % bylines.length)] : []),
        ]),
      ],
      correction:
        mark < 0.034
          ? {
              date: new Date(Date.parse(date) + 86_400_000 * (1 + (i % 20))).toISOString().slice(0, 10),
              kind: kinds[i % kinds.length] ?? 'correction',
              text: 'An earlier version of this article misstated a figure; it has been corrected.',
            }
          : null,
      slug: `synthetic-${String(i).padStart(5, '0')}`,
      title: sentence(topic, 8),
      summary: `${sentence(topic, 25)}.`,
      body: paragraphs.join('\n\n'),
      category: topic.category,
      tags: [...tags],
      date,
      draft: false,
      related: [],
      inlineRelated: [],
    }
  })
}

/** The id of the synthetic newsroom's byline number `i` (0 the busiest): "reporter-a-synthetic". */
const authorId = (i: number) => slugify(bylines[Math.min(bylines.length - 1, i)] ?? 'Reporter A Synthetic')

/** The synthetic newsroom's profiles, content/authors/<id>.mdx, as files: every id its articles name. */
export function syntheticProfiles(): { id: string; mdx: string }[] {
  return bylines.map((name, i) => ({
    id: authorId(i),
    mdx: `---\nname: ${name}\ntitle: Reporter\norder: ${i + 10}\n---\n\n${name} writes synthetic stories for benchmarks.\n`,
  }))
}

/**
 * Writes `articles` as content/posts/<slug>.mdx under `contentDir`, with the profiles of their authors (beside
 * any the folder has): what a benchmark's copy of the project publishes.
 */
export function writeSyntheticArchive(dir: string, articles: readonly SyntheticArticle[]) {
  mkdirSync(path.join(dir, 'authors'), { recursive: true })
  for (const { id, mdx } of syntheticProfiles()) writeFileSync(path.join(dir, 'authors', `${id}.mdx`), mdx)
  for (const article of articles) writeFileSync(path.join(dir, 'posts', `${article.slug}.mdx`), toMdx(article))
}

/** The site's own drawings (public/images/), one per synthetic article in turn, as its lead image. */
const drawings = ['courthouse', 'supreme-court', 'dublin-datacenter', 'zune-player', 'surface-studio', 'cloud-lock']

/** An article as an MDX file that passes the content check, with a lead image, as a news archive's articles have. */
export function toMdx(article: SyntheticArticle): string {
  const quote = (text: string) => `'${text.replaceAll("'", "''")}'`
  const drawing = drawings[article.topic % drawings.length] ?? 'courthouse'
  return `---
title: ${quote(article.title)}
date: ${article.date.slice(0, 10)}
summary: ${quote(article.summary)}
category: ${article.category}
authors: [${article.authors.join(', ')}]
${article.correction ? `corrections:\n  - date: ${article.correction.date}\n    kind: ${article.correction.kind}\n    text: ${quote(article.correction.text)}\n` : ''}tags: [${article.tags.map(quote).join(', ')}]
image: /images/${drawing}.svg
imageAlt: 'A News Ledge drawing (${drawing.replace('-', ' ')}) for a synthetic benchmark article.'
---

${article.body}
`
}

/**
 * Search queries as readers type them, spread across the archive: two words of a headline, as a
 * reader recalls a story, then one word alone, in turn (bench:store, bench:store-search). `other`: from
 * other articles (those halfway between), for warming a server up on queries it will not be timed on.
 */
export function headlineQueries(
  articles: readonly SyntheticArticle[],
  count: number,
  { other = false }: { other?: boolean } = {},
): string[] {
  const step = Math.max(1, Math.floor(articles.length / count))
  const at = other ? Math.floor(step / 2) : 0
  return articles
    .filter((_, i) => i % step === at)
    .slice(0, count)
    .map((article, i) =>
      article.title
        .split(' ')
        .slice(i % 3, (i % 3) + (i % 2 === 0 ? 2 : 1))
        .join(' '),
    )
}
