// Contentlayer runs as its own step (`contentlayer2 build` / `contentlayer2 dev`,
// see package.json) instead of through `withContentlayer`, which only hooks
// webpack: this way Turbopack (Next 16's default) and webpack both work. Pages
// read its output through lib/content/posts.ts (a metadata index) and lib/article-body.ts.

const isPreview = process.env.VERCEL_ENV === 'preview'
const isDev = process.env.NODE_ENV === 'development'

// Only what the site uses: its own scripts, styles, images and fonts, and the
// newsletter provider as a form target. Next's static pages carry inline
// bootstrap scripts, and per-request nonces would make every page dynamic, so
// inline scripts are allowed but no other origin is. Dev adds eval for Fast Refresh.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
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

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
  },
  { key: 'X-Frame-Options', value: 'DENY' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets `npm test` keep a production and a preview build side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Keys are globs over route entries (so `[slug]` is escaped), matched anywhere in the entry's path.
  outputFileTracingIncludes: Object.fromEntries(
    [
      'app/posts/\\[slug\\]/page',
      'app/feed.xml/route',
      'app/atom.xml/route',
      'app/feed.json/route',
      'app/tags/\\[tag\\]/feed.xml/route',
    ].map((entry) => [entry, articleBodies]),
  ),
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Search engines must never index a preview deploy, whatever the page says.
      ...(isPreview ? [{ source: '/:path*', headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }] }] : []),
    ]
  },
}

export default nextConfig
