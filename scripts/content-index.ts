/**
 * The second half of every content build: Contentlayer's onSuccess runs this
 * after the content build (scripts/contentlayer-build.ts) and after each change under `contentlayer2 dev`.
 * It checks links between articles, ranks the related lists once (not on every
 * render or in every Next build worker), and writes the metadata-only index
 * that lib/content/posts.ts reads instead of Contentlayer's bodies-and-all data.
 *
 * It runs as its own process because Node caches imported modules: inside
 * `contentlayer2 dev`, a second import of the generated data returns the first
 * build's articles, so every later edit would be missed.
 */
import { createRequire } from 'node:module'
import { access, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { articleBodyPath } from '../lib/content/article-body'
import { contentDir, picturesDir } from '../lib/content/schema'
import { formatProblems } from '../lib/checks/problems'
import { findReferenceProblems, inlineRelatedSlugs } from '../lib/checks/references'
import { buildRelatedMap } from '../lib/related/rank'
import { buildHistories, isReadVersion } from '../lib/history/build'
import { historyFile } from '../lib/content/history'
import { bodyImagePaths } from '../lib/images/references'
import { imageEntry, pictureCodeVersion } from '../lib/images/variants'
import { cacheDir, codeVersion } from '../lib/build-cache/paths'
import { BUILT_FROM } from '../lib/build-cache/built-from'
import { ResultCache } from '../lib/build-cache/result-cache'
import { isExternalImage } from '../lib/images/formats'
import { siteConfig } from '../lib/site'
import { listPages } from '../lib/content/list-pages'
import { articleSlugs } from '../lib/content/visibility'
import {
  ARTICLE_SLUGS_PATH,
  IMAGES_PATH,
  GENERATED_NOTE,
  JSON_TYPES,
  LIST_PAGES_PATH,
  LIST_PAGES_TYPES,
  LIST_PAGES_TYPES_PATH,
  writeEditorialFiles,
  POST_INDEX_PATH,
  POST_INDEX_TYPES,
  POST_INDEX_TYPES_PATH,
  RELATED_MAP_PATH,
  writeIfChanged,
} from '../lib/content/generated-files'

// How long each step took, printed as one line: the archive benchmark reads it (scripts/bench-archive-files.ts).
const laps: string[] = []
let lapStarted = 0
const lap = (step: string) => {
  const now = performance.now()
  laps.push(`${step} ${((now - lapStarted) / 1000).toFixed(1)} s`)
  lapStarted = now
}
// Every article as Contentlayer wrote it: the data `contentlayer/generated` exports,
// read from the same file. Imported, it would pass through tsx, which compiles
// a JSON module to JavaScript with esbuild (8 s for the 140 MB of 10,000
// articles); Node's own JSON loader, reached through require, takes one.
const loadJson = createRequire(import.meta.url)
const allPosts: (typeof import('contentlayer/generated'))['allPosts'] = loadJson(
  '../.contentlayer/generated/Post/_index.json',
)
lap('reading the articles')

const posts = allPosts.map((post) => ({ ...post, inlineRelated: inlineRelatedSlugs(post.body.raw) }))
const problems = findReferenceProblems(
  posts.map((post) => ({ ...post, file: post._raw.sourceFilePath })),
  contentDir,
)
if (problems.length > 0) {
  console.error(formatProblems(problems))
  process.exit(1)
}

const related = buildRelatedMap(
  posts.map((post) => ({ ...post, body: post.body.raw })),
  siteConfig.related,
)
await writeIfChanged(RELATED_MAP_PATH, `${JSON.stringify(related, null, 1)}\n`)
lap('links and related ranking')

// Pages read a body from the file Contentlayer wrote for it; make sure that is where we look.
const missing = (
  await Promise.all(
    allPosts.map((post) =>
      access(articleBodyPath(post)).then(
        () => null,
        () => articleBodyPath(post),
      ),
    ),
  )
).filter((file) => file !== null)
if (missing.length > 0) {
  console.error(
    `${missing[0]} is missing: has contentlayer2 changed where it writes documents? (lib/content/article-body.ts)`,
  )
  process.exit(1)
}

const builtAt = Date.now()
const { sections, authors } = await writeEditorialFiles(process.cwd(), contentDir)
await writeIfChanged(
  LIST_PAGES_PATH,
  `${JSON.stringify(
    listPages(
      allPosts,
      sections,
      authors.map((author) => author.id),
      builtAt,
    ),
  )}\n`,
)
await writeIfChanged(LIST_PAGES_TYPES_PATH, LIST_PAGES_TYPES)
await writeIfChanged(ARTICLE_SLUGS_PATH, `${JSON.stringify(articleSlugs(allPosts, builtAt))}\n`)
// Each article's versions from git, one file per article, read by its history page.
// Files of removed articles are left: no page asks for them, and a dev server
// on a scratch copy of the content (e2e) must not delete the build's.
lap('bodies and schedule')
// Each version's words are kept by its text between builds (lib/build-cache): only new versions are read.
const versionCache = new ResultCache(process.cwd(), 'history-text', codeVersion(process.cwd()), isReadVersion)
const histories = buildHistories(process.cwd(), path.join(contentDir, 'posts'), versionCache)
versionCache.save()
const historyDir = path.dirname(historyFile('x'))
await mkdir(historyDir, { recursive: true })
for (const post of allPosts) {
  const history = histories.get(path.join(contentDir, post._raw.sourceFilePath))
  if (!history) continue
  await writeIfChanged(historyFile(post.slug), `${JSON.stringify(history)}\n`)
}

lap('history')

// The pictures: variants are made once per file content (lib/images/variants.ts).
const pictures = new Set(
  allPosts
    .flatMap((post) => [...(post.image ? [post.image] : []), ...bodyImagePaths(post.body.raw)])
    .concat(authors.flatMap((author) => (author.photo ? [author.photo] : [])))
    .filter((src) => !isExternalImage(src)),
)
const images: Record<string, Awaited<ReturnType<typeof imageEntry>>> = {}
// Made files are kept in .next/cache too: a deploy starts without public/_img.
const keptPictures = path.join(cacheDir(process.cwd()), 'img', pictureCodeVersion())
for (const src of [...pictures].sort()) {
  images[src] = await imageEntry(
    path.join(process.cwd(), picturesDir(contentDir)),
    src,
    keptPictures,
    path.join(process.cwd(), 'public'),
    // `npm run dev`'s first start: the page first, AVIF from the next content build (package.json predev).
    { avifLater: process.env.CONTENT_PICTURES === 'quick' },
  )
}
await writeIfChanged(IMAGES_PATH, `${JSON.stringify(images)}\n`)

lap(`${pictures.size} pictures`)

const index = allPosts.map(({ body, code, ...summary }) => ({
  ...summary,
  versions: histories.get(path.join(contentDir, summary._raw.sourceFilePath))?.versions.length ?? 0,
}))
await writeIfChanged(POST_INDEX_PATH, `${JSON.stringify(index)}\n`)
await writeIfChanged(POST_INDEX_TYPES_PATH, POST_INDEX_TYPES)
for (const [file, types] of Object.entries(JSON_TYPES)) {
  await writeIfChanged(file, `${GENERATED_NOTE}${types}`)
}
await writeIfChanged(BUILT_FROM, `${path.normalize(contentDir)}\n`)
lap('index')
console.log(`Content index: ${laps.join(', ')}`)
