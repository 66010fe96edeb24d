/**
 * The one place that decides which articles a build shows.
 *
 * The environment is fixed when the site is built: next.config.js works it
 * out (VERCEL_ENV on Vercel; off Vercel, `next dev` is development and every
 * build is production) and inlines it as CONTENT_ENV. How the server process
 * is later started (NODE_ENV) plays no part, so a production build never
 * shows a draft. Scripts and tests, which run outside Next, read VERCEL_ENV.
 */
export type ContentEnvironment = 'production' | 'preview' | 'development'

type Env = Partial<Record<'CONTENT_ENV' | 'VERCEL_ENV', string>>

const isEnvironment = (value: string | undefined): value is ContentEnvironment =>
  value === 'production' || value === 'preview' || value === 'development'

// `process.env.CONTENT_ENV` is spelled out so that Next can inline it.
export function contentEnvironment(
  env: Env = { CONTENT_ENV: process.env.CONTENT_ENV, VERCEL_ENV: process.env.VERCEL_ENV },
): ContentEnvironment {
  if (isEnvironment(env.CONTENT_ENV)) return env.CONTENT_ENV
  if (isEnvironment(env.VERCEL_ENV)) return env.VERCEL_ENV
  return 'production'
}

export type Publishable = { draft: boolean; date: string }

/** A draft, or an article dated in the future (scheduled), is unpublished. */
export function isPublished(post: Publishable, now: Date): boolean {
  return !post.draft && Date.parse(post.date) <= now.getTime()
}

/** Production shows only published articles; previews and development show all. */
export function isVisible(post: Publishable, environment: ContentEnvironment, now: Date): boolean {
  return environment !== 'production' || isPublished(post, now)
}

/**
 * The schedule scripts/content-index.ts writes ([slug, ISO time] pairs of
 * articles dated after the content build) as go-live times by slug;
 * anything else in the file is ignored.
 */
export function parseSchedule(value: unknown): Map<string, number> {
  const schedule = new Map<string, number>()
  if (!Array.isArray(value)) return schedule
  for (const entry of value) {
    if (!Array.isArray(entry)) continue
    const [slug, time]: unknown[] = entry
    if (typeof slug === 'string' && typeof time === 'string' && !Number.isNaN(Date.parse(time))) {
      schedule.set(slug, Date.parse(time))
    }
  }
  return schedule
}
