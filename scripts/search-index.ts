// Builds the search index for this environment's build from the content (not
// the built pages, which cover only the prerendered newest articles):
//   npm run build and npm run build:preview run it after the content build (not with DATABASE_URL).
// Writes .search/<environment>/, which app/pagefind/[...file]/route.ts serves,
// so a production build and a preview build in one checkout never share one.
import path from 'node:path'
import posts from '../.contentlayer/post-index.json'
import { readArticleBody } from '../lib/content/article-body'
import { getImage } from '../lib/content/images'
import { authorProfile } from '../lib/content/authors'
import { bylineText } from '../lib/content/bylines'
import { contentEnvironment, databaseUrl } from '../lib/environment'
import { buildSearchIndex } from '../lib/search/build-index'
import { searchIndexDir } from '../lib/search/index-dir'

if (databaseUrl()) {
  // A build with a database searches PostgreSQL on the server (lib/content/posts.ts searchPosts): no index to make.
  console.log('Search index: DATABASE_URL is set, so search is answered by PostgreSQL; no Pagefind index.')
  process.exit(0)
}
const started = performance.now()
const environment = contentEnvironment()
const outputPath = searchIndexDir(environment)
const bySource = new Map(posts.map((post) => [post._raw.sourceFilePath, post]))
const count = await buildSearchIndex(
  posts.map((post) => ({
    ...post,
    file: post._raw.sourceFilePath,
    // The byline's names, so a search for an author finds their articles.
    author: bylineText(post, (id) => authorProfile(id)?.name),
    thumbnail: post.image ? getImage(post.image)?.webp[0]?.src : undefined,
  })),
  async ({ file }) => {
    const post = bySource.get(file)
    return post ? (await readArticleBody(post)).raw : ''
  },
  { environment, now: new Date(), outputPath, cacheRoot: process.cwd() },
)
console.log(
  `Search index (${environment}): ${count} articles in ${path.relative(process.cwd(), outputPath)}, ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
