// The one module that reads the environment. next.config.js calls `settle` when the site is built
// and inlines what it returns (SITE_URL, CONTENT_ENV, CONTENT_STORE) into the build, so a deploy
// keeps the values it was built with however its server is started; the site reads them back
// through the functions below. Scripts and tests run outside Next, where nothing was inlined: the
// same functions work the values out from the variables they see.

/** @typedef {'production' | 'preview' | 'development'} ContentEnvironment */
/** @typedef {'files' | 'postgres'} ContentStore */

/**
 * @param {unknown} value
 * @returns {value is ContentEnvironment}
 */
const isEnvironment = (value) => value === 'production' || value === 'preview' || value === 'development'

/**
 * What a build fixes, from the build's environment: the site's public origin (SITE_URL, or
 * NEXT_PUBLIC_SITE_URL, else the production URL Vercel sets on every deploy; `next dev` falls back
 * to localhost, and a production build without one is refused, since it would ship localhost links
 * to readers and crawlers); which articles it shows (Vercel says which deploy this is; off Vercel
 * `next dev` is development and every build is production); and where it reads content
 * (PostgreSQL when DATABASE_URL is set, else the content build's files).
 *
 * @param {Record<string, string | undefined>} env
 * @param {{ devServer: boolean, productionBuild: boolean }} phase
 * @returns {{ ok: true, values: { SITE_URL: string, CONTENT_ENV: ContentEnvironment, CONTENT_STORE: ContentStore } } | { ok: false, problem: string }}
 */
export function settle(env, { devServer, productionBuild }) {
  const explicit = env.SITE_URL || env.NEXT_PUBLIC_SITE_URL
  let origin = 'http://localhost:3000'
  if (explicit) {
    try {
      origin = new URL(explicit).origin
    } catch {
      return {
        ok: false,
        problem: `SITE_URL is "${explicit}", which is not a URL. Set it to the site's address, e.g. SITE_URL=https://newsledge.example.`,
      }
    }
  } else if (env.VERCEL_PROJECT_PRODUCTION_URL) {
    origin = `https://${env.VERCEL_PROJECT_PRODUCTION_URL}`
  } else if (productionBuild) {
    return {
      ok: false,
      problem:
        "SITE_URL is not set. A production build writes the site's address into canonical links, feeds and sitemaps,\n" +
        'so it needs it: SITE_URL=https://your.domain npm run build (Vercel sets its own; see README.md).',
    }
  }
  const vercel = env.VERCEL_ENV
  return {
    ok: true,
    values: {
      SITE_URL: origin,
      CONTENT_ENV: isEnvironment(vercel) ? vercel : devServer ? 'development' : 'production',
      CONTENT_STORE: env.DATABASE_URL ? 'postgres' : 'files',
    },
  }
}

/**
 * Which articles this build shows (lib/content/visibility.ts applies it): as inlined by Next, or
 * for a script, VERCEL_ENV, else production. How the server process is started (NODE_ENV) plays no
 * part, so a production build never shows a draft.
 *
 * @param {{ CONTENT_ENV?: string, VERCEL_ENV?: string }} env
 * @returns {ContentEnvironment}
 */
// `process.env.CONTENT_ENV` is spelled out so that Next can inline it.
export function contentEnvironment(env = { CONTENT_ENV: process.env.CONTENT_ENV, VERCEL_ENV: process.env.VERCEL_ENV }) {
  if (isEnvironment(env.CONTENT_ENV)) return env.CONTENT_ENV
  if (isEnvironment(env.VERCEL_ENV)) return env.VERCEL_ENV
  return 'production'
}

/**
 * The site's public origin, as inlined by Next; scripts and tests get localhost unless they set SITE_URL.
 *
 * @returns {string}
 */
export const siteUrl = () => process.env.SITE_URL ?? 'http://localhost:3000'

/**
 * Where this build reads articles: PostgreSQL, or the content build's files. (lib/content/posts.ts
 * spells the same test out where it chooses code, so that Next drops the other store's.)
 *
 * @returns {ContentStore}
 */
export const contentStore = () => (process.env.CONTENT_STORE === 'postgres' ? 'postgres' : 'files')

/**
 * The database a build publishes to and its pages read (Vercel's Neon integration sets it), or undefined.
 *
 * @returns {string | undefined}
 */
export const databaseUrl = () => process.env.DATABASE_URL || undefined

/**
 * True in the Contentlayer run of one batch of a database publish (lib/store/pipeline.ts sets
 * CONTENT_BATCH): the publish does the index step's work itself, for the batch's articles only.
 *
 * @returns {boolean}
 */
export const isContentBatch = () => process.env.CONTENT_BATCH === '1'
