// Builds the search index for this environment's build from the content (not
// the built pages, which cover only the prerendered newest articles):
//   npm run build and npm run build:preview run it after the content build.
// Writes .search/<environment>/, which app/pagefind/[...file]/route.ts serves,
// so a production build and a preview build in one checkout never share one.
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { close, createIndex } from 'pagefind'
import posts from '../.contentlayer/post-index.json'
import { readArticleBody } from '../lib/content/article-body'
import { contentEnvironment } from '../lib/content/visibility'
import { isSearchable, searchRecord } from '../lib/search/records'
import { searchIndexDir } from '../lib/search/index-dir'

const started = performance.now()
const environment = contentEnvironment()
const now = new Date()
const outputPath = searchIndexDir(environment)

const { index, errors } = await createIndex({ forceLanguage: 'en' })
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
let count = 0
for (const post of posts) {
  if (!isSearchable(post, environment, now)) continue
  const { raw } = await readArticleBody(post)
  const added = await index.addCustomRecord(searchRecord({ ...post, body: raw }, now))
  if (added.errors.length > 0) throw new Error(`${post._raw.sourceFilePath}: ${added.errors.join('; ')}`)
  count += 1
}
await rm(outputPath, { recursive: true, force: true })
const written = await index.writeFiles({ outputPath })
if (written.errors.length > 0) throw new Error(written.errors.join('; '))
await close()
console.log(
  `Search index (${environment}): ${count} articles in ${path.relative(process.cwd(), outputPath)}, ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
