import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { SITE } from './e2e/fixtures'

// Tests read the tests' own site, never the newsroom's content/ (e2e/fixtures.ts).
process.env.CONTENT_DIR = `${SITE}/content`

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // `server-only` throws outside Next's server bundles; tests are server code too.
      'server-only': fileURLToPath(new URL('node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['scripts/unit-test-setup.ts'],
  },
})
