// Contentlayer runs as its own step (`contentlayer2 build` / `contentlayer2 dev`,
// see package.json) instead of through `withContentlayer`, which only hooks
// webpack: this way Turbopack (Next 16's default) and webpack both work, and
// `contentlayer/generated` resolves through the path alias in tsconfig.json.

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
}

export default nextConfig
