import 'server-only'
import { connect, type Database } from '../store/database'
import { readBody, readHistoryValue } from '../store/read'
import { contentSchema } from '../store/schema'
import type { ArticleBody } from './article-body'
import { isHistory, type ArticleHistory } from './history'
import { contentEnvironment } from './visibility'

/** Article bodies and histories from PostgreSQL (lib/content/store-choice.ts says when); lib/content/posts.ts is the only caller. */

let database: Database | undefined
function store(): Database {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('This build reads articles from PostgreSQL, but DATABASE_URL is not set where it runs.')
  database ??= connect(url, contentSchema(contentEnvironment()))
  return database
}

export async function readStoredBody(slug: string): Promise<ArticleBody> {
  const body = await readBody(store(), slug)
  if (!body) throw new Error(`The article ${slug} is not in the database: was \`npm run db:publish\` run by this build?`)
  return body
}

export async function readStoredHistory(slug: string): Promise<ArticleHistory | null> {
  const value = await readHistoryValue(store(), slug)
  return isHistory(value) ? value : null
}
