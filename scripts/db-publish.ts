// npm run build runs this after the content build. With DATABASE_URL set, it
// brings the environment's schema up to the newest migration and publishes the
// content build's articles there in one transaction (lib/store/). Without it,
// the site reads the content build's files, as it always has.
import { execFileSync } from 'node:child_process'
import { contentEnvironment, databaseUrl } from '../lib/environment'
import { connect, migrate } from '../lib/store/database'
import { articlesFromContentBuild } from '../lib/store/from-content-build'
import { publishArticles } from '../lib/store/publish'
import { contentSchema } from '../lib/store/schema'

const url = databaseUrl()
if (!url) {
  console.log('Database: DATABASE_URL is not set; the site reads the content build’s files.')
  process.exit(0)
}
const started = performance.now()
const environment = contentEnvironment()
const database = connect(url, contentSchema(environment), { max: 8 })
const head = (() => {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return null
  }
})()
try {
  const applied = await migrate(database)
  const articles = await articlesFromContentBuild(environment, { cacheRoot: process.cwd() })
  const result = await publishArticles(database, articles, head)
  console.log(
    `Database (schema ${database.schema}${applied.length ? `, migrated: ${applied.join(', ')}` : ''}): ` +
      `${result.written} written, ${result.removed} removed, ${result.unchanged} unchanged, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
} catch (error) {
  // A person reads this in a build log: what failed and what stays live, without a stack trace.
  console.error(
    `\nDatabase: publishing to ${database.schema} failed, so the articles published before stay live.\n` +
      `${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exitCode = 1
} finally {
  await database.sql.end()
}
