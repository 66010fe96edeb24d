// The content step of a build with DATABASE_URL (scripts/content-build.ts hands over to it; `npm run
// db:publish` runs it alone): brings the environment's schema up to the newest migration, compiles the
// articles that changed since the last publish and writes them (lib/store/pipeline.ts), then what the proxy
// and the pictures need from the store: the proxy's tables into the store, the pictures' files beside the
// build (lib/store/site-files.ts). Without DATABASE_URL, the site reads the content build’s files, as it
// always has.
//   STORE_BATCH=4000   articles per Contentlayer run (memory grows with it)
import { execFileSync } from 'node:child_process'
import { contentEnvironment, databaseUrl } from '../lib/environment'
import { contentDir } from '../lib/content/schema'
import { connect } from '../lib/store/database'
import { publishContent } from '../lib/store/pipeline'
import { contentSchema } from '../lib/store/schema'
import { writeSiteFiles } from '../lib/store/site-files'

const url = databaseUrl()
if (!url) {
  console.log('Database: DATABASE_URL is not set; the site reads the content build’s files.')
  process.exit(0)
}
const root = process.cwd()
const started = performance.now()
const database = connect(url, contentSchema(contentEnvironment()), { max: 4 })
const head = (() => {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return null
  }
})()
const seconds = (since = started) => `${((performance.now() - since) / 1000).toFixed(1)} s`
try {
  const result = await publishContent({
    root,
    contentDir,
    environment: contentEnvironment(),
    db: database,
    head,
    batchSize: Number(process.env.STORE_BATCH ?? 4000),
    log: (line) => console.log(`Database (${database.schema}): ${line}`),
  })
  const filesStarted = performance.now()
  const files = await writeSiteFiles(root, database, contentDir)
  const filesTook = seconds(filesStarted)
  console.log(
    `Database (${database.schema}): ${result.written} written, ${result.removed} removed, ` +
      `${result.reranked} related lists ranked, ${files.pictures} pictures, ` +
      `proxy tables ${files.tables.length > 0 ? `written: ${files.tables.join(', ')}` : 'unchanged'}` +
      `${files.kept ? ' (the articles’ and lists’ kept: no article’s slug, time, state or lists changed)' : ''}` +
      ` in ${filesTook}; ${seconds()}`,
  )
} catch (error) {
  // A person reads this in a build log: what failed and what stays live, without a stack trace.
  console.error(
    `\nDatabase: publishing to ${database.schema} failed, so the articles published before stay live; ` +
      `run the build again to go on from where it stopped.\n` +
      `${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exitCode = 1
} finally {
  await database.sql.end()
}
