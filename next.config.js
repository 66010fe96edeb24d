// Contentlayer runs as its own step (`contentlayer2 build` / `contentlayer2 dev`,
// see package.json) instead of through `withContentlayer`, which only hooks
// webpack: this way Turbopack (Next 16's default) and webpack both work, and
// `contentlayer/generated` resolves through the path alias in tsconfig.json.

const isPreview = process.env.VERCEL_ENV === 'preview'

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets `npm test` keep a production and a preview build side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  async headers() {
    // Search engines must never index a preview deploy, whatever the page says.
    return isPreview ? [{ source: '/:path*', headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }] }] : []
  },
}

export default nextConfig
