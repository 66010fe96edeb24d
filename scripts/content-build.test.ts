import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshCheckout, projectCopy } from './bench-lib'
import { syntheticArticles, writeSyntheticArchive } from './synthetic-archive'
import { frontMatterOf, savedFields } from '../lib/content/saved-front-matter'
import { contentDir } from '../lib/content/schema'

const run = promisify(execFile)
let dir: string

/** What the content build writes for the site: every file, by path, with a hash of its bytes. */
function output(): Record<string, string> {
  const files: Record<string, string> = {}
  for (const top of ['.contentlayer', '.search', 'public/_img']) {
    const base = path.join(dir, top)
    if (!existsSync(base)) continue
    for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue
      const file = path.relative(dir, path.join(entry.parentPath, entry.name))
      // Contentlayer's own cache (it holds file times) is not output.
      if (file.startsWith('.contentlayer/.cache/')) continue
      files[file] = createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex')
    }
  }
  return files
}

/** The content steps of `npm run build`; returns what they printed. */
async function build(): Promise<string> {
  const steps = [
    ['run', 'check:content', '--', '--strict'],
    ['exec', '--', 'tsx', 'scripts/content-build.ts'],
    ['run', 'search-index'],
  ]
  // AVIF variants are left out, as on npm run dev's first start: they take most of a cold build's time, and the
  // WebP variants and crops go through the same kept-file cache (lib/images/variants.ts), compared below.
  const env = { ...process.env, CONTENT_PICTURES: 'quick' }
  let printed = ''
  for (const args of steps) printed += (await run('npm', args, { cwd: dir, env })).stdout
  return printed
}

const cacheFiles = () =>
  readdirSync(path.join(dir, '.next/cache/news-ledge'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.parentPath.includes(`${path.sep}img`))
    .map((entry) => path.join(entry.parentPath, entry.name))

/** The articles of the copy: the tests' site (CONTENT_DIR, vitest.config.ts) and those added below. */
const posts = () => path.join(dir, contentDir, 'posts')
const articleCount = () => readdirSync(posts()).length

/** A cold content build: no cache, nothing generated. */
async function coldBuild(): Promise<Record<string, string>> {
  freshCheckout(dir, { keepCache: false })
  await build()
  return output()
}

/** Each test starts from a content build of the copy as it is, whatever ran before it. */
async function ensureBuilt() {
  if (!existsSync(path.join(dir, '.contentlayer/post-index.json'))) await coldBuild()
}

beforeAll(() => {
  dir = projectCopy('content-cache')
  writeSyntheticArchive(path.join(dir, contentDir), syntheticArticles(30))
  // Front matter the synthetic articles do not write, for the comparison with `npm run dev`'s reading below.
  for (const [slug, front] of Object.entries(unusualFrontMatter)) {
    writeFileSync(path.join(posts(), `${slug}.mdx`), `---\n${front}\n---\n\nA short body.\n`)
  }
})

const unusualFrontMatter: Record<string, string> = {
  'a-time-with-its-offset': [
    "title: 'A time: with its offset'",
    'date: 2026-03-08T01:30:00-05:00',
    'updated: 2026-03-09T12:05:00Z',
    'summary: "Quoted, with an apostrophe\'s"',
    'category: Science',
    'tags: [One, Two]',
    'authors: [reporter-b-synthetic, reporter-a-synthetic]',
    'canonical: https://example.com/original',
    'affiliate: true',
  ].join('\n'),
  'a-summer-day-with-a-folded-summary': [
    'title: A summer day',
    'date: 2025-07-04',
    'updated: 2025-07-05',
    'summary: >-',
    '  Folded over',
    '  two lines.',
    'category: Science',
    'related:',
    '  - a-time-with-its-offset',
  ].join('\n'),
  'a-winter-draft': [
    'title: A winter draft',
    'date: 2024-01-15',
    'summary: Not yet.',
    'category: Tech',
    'draft: true',
  ].join('\n'),
}
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

// The content build keeps per-article work in .next/cache between deploys
// (lib/build-cache). Whatever the cache holds, the site it builds must be the
// one a cold build makes, byte for byte.
describe('the content build with its cache', () => {
  it('builds the same files from the cache as without it, reusing every unchanged article', async () => {
    const cold = await coldBuild()
    expect(Object.keys(cold).length).toBeGreaterThan(100)

    freshCheckout(dir, { keepCache: true })
    const printed = await build()
    expect(printed).toContain(`Content build: ${articleCount()} articles unchanged since the last build`)
    expect(output()).toEqual(cold)
  }, 240_000)

  it('gives `npm run dev` the front matter Contentlayer gives the build, for every article', async () => {
    await ensureBuilt()
    const index: unknown = JSON.parse(readFileSync(path.join(dir, '.contentlayer/post-index.json'), 'utf8'))
    const built = Array.isArray(index) ? index : []
    expect(built).toHaveLength(articleCount())
    for (const post of built) {
      const file = path.join(dir, contentDir, String(post?._raw?.sourceFilePath))
      expect({ file, fields: frontMatterOf(file, readFileSync(file, 'utf8')) }).toEqual({
        file,
        fields: savedFields(post),
      })
    }
  })

  it('takes an unchanged article from the cache rather than compiling it again', async () => {
    await ensureBuilt()
    // Mark the kept compiled code of one article (and re-sign the kept copy, as an intact cache would be):
    // the mark reaches the output only if Contentlayer reused the entry.
    const kept = path.join(dir, '.next/cache/news-ledge/contentlayer')
    const manifestFile = path.join(kept, 'manifest.json')
    const manifest: unknown = JSON.parse(readFileSync(manifestFile, 'utf8'))
    if (typeof manifest !== 'object' || manifest === null || !('kept' in manifest)) throw new Error('no manifest')
    const keptFiles = manifest.kept
    if (typeof keptFiles !== 'object' || keptFiles === null) throw new Error('no kept files')
    const dataName = Object.keys(keptFiles).find((name) => name.includes('data-'))
    if (!dataName) throw new Error('no Contentlayer data kept')
    const dataFile = path.join(kept, dataName)
    const slug = syntheticArticles(2)[1]?.slug ?? ''
    const marked = readFileSync(dataFile, 'utf8').replace(
      new RegExp(`("posts/${slug}\\.mdx": \\{[\\s\\S]*?"code": ")`),
      '$1/*from the cache*/',
    )
    expect(marked).toContain('/*from the cache*/')
    writeFileSync(dataFile, marked)
    writeFileSync(
      manifestFile,
      JSON.stringify({
        ...manifest,
        kept: { ...keptFiles, [dataName]: createHash('sha256').update(marked).digest('hex') },
      }),
    )
    freshCheckout(dir, { keepCache: true })
    await build()
    const generated = readFileSync(path.join(dir, `.contentlayer/generated/Post/posts__${slug}.mdx.json`), 'utf8')
    expect(generated).toContain('/*from the cache*/')
    // Whatever runs next starts from an honest cache.
    freshCheckout(dir, { keepCache: false })
  }, 240_000)

  it('rebuilds a changed article and matches a cold build of the same content', async () => {
    const cold = await coldBuild()
    const edited = path.join(posts(), `${syntheticArticles(1)[0]?.slug}.mdx`)
    const original = readFileSync(edited, 'utf8')
    try {
      writeFileSync(edited, original.replace(/^title: .*$/m, "title: 'A headline changed after the first build'"))
      freshCheckout(dir, { keepCache: true })
      const printed = await build()
      expect(printed).toContain(`Content build: ${articleCount() - 1} articles unchanged since the last build`)
      const warm = output()
      expect(JSON.stringify(warm)).not.toEqual(JSON.stringify(cold))
      expect(await coldBuild()).toEqual(warm)
    } finally {
      writeFileSync(edited, original)
      freshCheckout(dir, { keepCache: false })
    }
  }, 240_000)

  it('builds the same files when the cached results are garbled or cut short', async () => {
    const expected = await coldBuild()
    // Every cache file but the list of what is kept (without which the build is simply cold).
    const damaged = cacheFiles().filter((file) => path.basename(file) !== 'manifest.json')
    expect(damaged.length).toBeGreaterThanOrEqual(3)
    for (const [i, file] of damaged.entries()) {
      const text = readFileSync(file, 'utf8')
      writeFileSync(file, i % 2 === 0 ? text.slice(0, text.length >> 1) : text.replaceAll('e', 'f'))
    }
    freshCheckout(dir, { keepCache: true })
    await build()
    expect(output()).toEqual(expected)
  }, 240_000)
})
