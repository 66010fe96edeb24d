import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { realpathSync } from 'node:fs'
import path from 'node:path'
import { settle } from './lib/environment.js'

// Contentlayer runs as its own step (`contentlayer2 build` / `contentlayer2 dev`,
// see package.json) instead of through `withContentlayer`, which only hooks
// webpack: this way Turbopack (Next 16's default) and webpack both work. Pages
// read its output through lib/content/posts.ts (a metadata index) and lib/content/article-body.ts.

/**
 * What this build fixes and inlines (lib/environment.js, the one module that reads the environment):
 * the site's address, which articles it shows, where it reads them. A mistake stops the build with a
 * message for a person, not a stack trace.
 */
function settled(phase) {
  const result = settle(process.env, {
    devServer: phase === PHASE_DEVELOPMENT_SERVER,
    productionBuild: phase === PHASE_PRODUCTION_BUILD,
  })
  if (!result.ok) {
    console.error(`\n${result.problem}\n`)
    process.exit(1)
  }
  return result.values
}

// Only what the site uses: its own scripts, styles, images and fonts, and the
// newsletter provider as a form target. Next's static pages carry inline
// bootstrap scripts, and per-request nonces would make every page dynamic, so
// inline scripts are allowed but no other origin is. Dev adds eval for Fast Refresh.
const contentSecurityPolicy = (isDev) =>
  [
    "default-src 'self'",
    // wasm-unsafe-eval: search runs Pagefind's WebAssembly (only /search loads it); it allows no JavaScript eval.
    `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? ' ws:' : ''}`,
    "form-action 'self' https://buttondown.com",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ')

// Article bodies are read from Contentlayer's per-article files when a page or
// feed renders (lib/content/article-body.ts), so deploys must carry them to the routes
// that read them, and only those (not Contentlayer's whole-archive _index.json).
const articleBodies = ['./.contentlayer/generated/Post/posts__*.json']

// Where the installed packages really are, from the project: node_modules, or wherever a link named so points
// (a benchmark's copy of the project links the repository's), so that excluded packages stay excluded.
const modules = path.relative(process.cwd(), realpathSync('node_modules')).split(path.sep).join('/') || 'node_modules'

const cardFonts =
  '{source-serif-4,noto-sans-jp,noto-sans-sc,noto-sans-kr,noto-naskh-arabic,noto-sans-hebrew,noto-sans-devanagari}'
const cardAssets = [
  `./node_modules/@fontsource/${cardFonts}/{400,700}.css`,
  // Cards draw headlines bold in any of these families, and only the site's name (Latin) at 400.
  `./node_modules/@fontsource/${cardFonts}/files/*-700-normal.woff`,
  './node_modules/@fontsource/source-serif-4/files/*-400-normal.woff',
  './node_modules/@twemoji/svg/*.svg',
  './node_modules/harfbuzzjs/dist/harfbuzz.wasm',
]

const securityHeaders = (isDev) => [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy(isDev) },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
  },
  { key: 'X-Frame-Options', value: 'DENY' },
]

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  const env = settled(phase)
  // Article bodies and histories reach a deploy that reads files, never one that reads PostgreSQL.
  const readsFiles = env.CONTENT_STORE === 'files'
  return {
    reactStrictMode: true,
    // HarfBuzz loads its WebAssembly from beside its own file, so it stays in node_modules, unbundled.
    serverExternalPackages: ['harfbuzzjs'],
    env,
    poweredByHeader: false,
    // proxy.ts strips a trailing slash itself (308, as Next does), after looking the path up among old
    // addresses: an imported site's URLs end in / and must reach their new home in one redirect, not two.
    skipTrailingSlashRedirect: true,
    // Pages revalidate every minute (app/layout.tsx); a CDN may serve one stale while it
    // fetches the next for a day at most, not Next's default of a year: a 404 for a slug that becomes an
    // article at its scheduled minute, or a corrected story, must not linger at the edge.
    expireTime: 86_400,
    // The site makes its own picture variants at build (lib/images/variants.ts) and never uses next/image.
    // Unoptimized, Next serves no /_next/image endpoint, which would otherwise resize any site picture for
    // anyone and write each distinct URL to .next/cache/images (docs/performance.md#pictures).
    images: { unoptimized: true },
    // Turbopack keeps its compile work in .next/cache between builds, as Vercel keeps that folder between deploys.
    experimental: { turbopackFileSystemCacheForBuild: true },
    // Lets `npm test` keep a production and a preview build side by side.
    distDir: process.env.NEXT_DIST_DIR || '.next',
    // What no server reads when it runs: the articles' sources (the content build's output is what deploys read,
    // and only `next dev` reads the files), the tests, the docs and the maintainers' scripts. Turbopack traces
    // the whole project into every function (a path it cannot follow); without this a deploy's functions grew
    // with the archive's sources (docs/performance.md). Nor sharp (20 MB, the largest part of every function):
    // it makes the picture variants at build, and with `images.unoptimized` no server ever loads it.
    outputFileTracingExcludes: {
      '*': [
        './content/**',
        './e2e/**',
        './docs/**',
        './scripts/**',
        './.bench/**',
        './.contentlayer-batch/**',
        './**/*.test.ts',
        './*.md',
        `./${modules}/sharp/**`,
        `./${modules}/@img/**`,
      ],
    },
    // Keys are globs over route entries (so `[slug]` is escaped), matched anywhere in the entry's path.
    outputFileTracingIncludes: {
      ...Object.fromEntries(
        [
          'app/posts/\\[slug\\]/page',
          'app/feed.xml/route',
          'app/atom.xml/route',
          'app/feed.json/route',
          'app/tags/\\[tag\\]/feed.xml/route',
          'app/sections/\\[section\\]/feed.xml/route',
        ].map((entry) => [entry, readsFiles ? articleBodies : []]),
      ),
      // The search index of the build's environment (scripts/search-index.ts).
      'app/pagefind/\\[...file\\]/route': ['./.search/**'],
      // History pages read the versions the content build took from git (lib/content/history.ts).
      'app/posts/\\[slug\\]/history/page': readsFiles ? ['./.contentlayer/history/*.json'] : [],
      // Social cards read their fonts and emoji from node_modules at render time (lib/reach/card-fonts.ts).
      'app/posts/\\[slug\\]/opengraph-image': [...cardAssets, './public/_img/*-16x9.jpg'],
      'app/opengraph-image': cardAssets,
    },
    async headers() {
      return [
        { source: '/:path*', headers: securityHeaders(phase === PHASE_DEVELOPMENT_SERVER) },
        // Picture variants are named by their content's hash (lib/images/variants.ts): a new picture is a new name.
        { source: '/_img/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
        // Search engines must never index a preview deploy, whatever the page says.
        ...(env.CONTENT_ENV === 'preview'
          ? [{ source: '/:path*', headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }] }]
          : []),
      ]
    },
  }
}
