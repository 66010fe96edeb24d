/**
 * The one place that decides which articles a build shows.
 *
 * VERCEL_ENV is set by Vercel (`production`, `preview`, `development`). Off
 * Vercel, `next dev` is development and everything else (a local
 * `next build`, CI) is production, so nothing unpublished leaks by default.
 */
export type ContentEnvironment = 'production' | 'preview' | 'development'

type Env = Partial<Record<'VERCEL_ENV' | 'NODE_ENV', string>>

export function contentEnvironment(env: Env = process.env): ContentEnvironment {
  const vercel = env.VERCEL_ENV
  if (vercel === 'production' || vercel === 'preview' || vercel === 'development') return vercel
  return env.NODE_ENV === 'development' ? 'development' : 'production'
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
