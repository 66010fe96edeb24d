import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'
import { DEV_SITE, E2E_DATABASE_PORT, E2E_DATABASE_URL, IMPORT_PORT, SITE } from './e2e/fixtures'

// The production build and a VERCEL_ENV=preview build of the tests' own site
// (e2e/site), served side by side: `npm test` builds both with CONTENT_DIR=e2e/site/content.
const PORT = 3100
const PREVIEW_PORT = 3101
// `npm run dev`, for the editing test.
const DEV_PORT = 3102

/**
 * Uses the system Chromium when there is one (CI and machines without
 * Playwright's own browser download), and Playwright's browser otherwise.
 */
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }
  : {}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    // Listed first so that its long wait starts early. It builds its own copy
    // of the site with a story scheduled minutes ahead, and serves it on port 3110.
    { name: 'scheduling', testMatch: 'scheduling/**' },
    {
      name: 'desktop',
      testIgnore: ['preview/**', 'dev/**', 'scheduling/**', 'database/**', 'import/**'],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'phone',
      // What a phone changes is layout, touch and what loads first. The specs about HTTP answers (status,
      // headers, 404s, feeds, sitemaps, metadata) are the same on any device and run once, on desktop.
      testIgnore: [
        'preview/**',
        'dev/**',
        'scheduling/**',
        'database/**',
        'import/**',
        'probing.spec.ts',
        'urls.spec.ts',
        'drafts.spec.ts',
        'reach.spec.ts',
        'security.spec.ts',
        'functions.spec.ts',
        'environment.spec.ts',
        'redirects.spec.ts',
      ],
      use: { ...devices['Pixel 7'], launchOptions },
    },
    {
      name: 'preview',
      testMatch: 'preview/**',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${PREVIEW_PORT}` },
    },
    {
      // The desktop suite again, on the build that reads everything from PostgreSQL (npm run build:database),
      // and the specs of that build alone (database/). Left out: the browser search's own specs (its search
      // runs on the server), and, to keep `npm test` under 20 minutes, two that read no content: the axe pass
      // over every page (the same components; database/search.spec.ts checks the one page only this build
      // renders) and the server-start check, which serves the files build.
      name: 'database',
      testIgnore: [
        'preview/**',
        'dev/**',
        'scheduling/**',
        'import/**',
        'search-in-browser.spec.ts',
        'accessibility.spec.ts',
        'environment.spec.ts',
      ],
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${E2E_DATABASE_PORT}` },
    },
    {
      // The tests' site with two old sites imported into it (npm run build:import), for the redirects and pages they
      // bring; its spec starts that copy's server itself, only while it runs.
      name: 'import',
      testMatch: 'import/**',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${IMPORT_PORT}` },
    },
    {
      name: 'dev',
      testMatch: 'dev/**',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://localhost:${DEV_PORT}` },
    },
  ],
  // Production builds, as readers and preview teams get them, and the one reading PostgreSQL: `npm test` builds them first.
  webServer: [
    {
      command: `node server.mjs -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node server.mjs -p ${PREVIEW_PORT}`,
      env: { NEXT_DIST_DIR: '.next-preview', VERCEL_ENV: 'preview' },
      url: `http://127.0.0.1:${PREVIEW_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node server.mjs -p ${E2E_DATABASE_PORT}`,
      env: { NEXT_DIST_DIR: '.next-database', DATABASE_URL: E2E_DATABASE_URL },
      url: `http://127.0.0.1:${E2E_DATABASE_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // On a scratch copy of the tests' own site, so the editing test leaves nothing behind in the repository.
      command: `rm -rf ${DEV_SITE} && cp -R ${SITE} ${DEV_SITE} && npm run dev`,
      env: { PORT: String(DEV_PORT), CONTENT_DIR: `${DEV_SITE}/content` },
      url: `http://127.0.0.1:${DEV_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
})
