import type { ContentEnvironment } from '../content/visibility'

/**
 * The PostgreSQL schema each environment's content lives in. Production
 * never reads another schema, so a preview build (which writes drafts) or a
 * developer's database cannot reach production pages. On Vercel, Neon's
 * integration gives each preview deployment a database branch of its own as
 * well; locally, one database holds all three schemas side by side.
 */
export function contentSchema(environment: ContentEnvironment): string {
  return `news_${environment}`
}
