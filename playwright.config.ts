import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'
import { DEV_CONTENT } from './e2e/fixtures'

// The production build and a VERCEL_ENV=preview build of the same content,
// served side by side (`npm run build` and `npm run build:preview`).
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
      testIgnore: ['preview/**', 'dev/**', 'scheduling/**'],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'phone',
      testIgnore: ['preview/**', 'dev/**', 'scheduling/**'],
      use: { ...devices['Pixel 7'], launchOptions },
    },
    {
      name: 'preview',
      testMatch: 'preview/**',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${PREVIEW_PORT}` },
    },
    {
      name: 'dev',
      testMatch: 'dev/**',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://localhost:${DEV_PORT}` },
    },
  ],
  // Production builds, as readers and preview teams get them: `npm test` builds both first.
  webServer: [
    {
      command: `npx next start -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx next start -p ${PREVIEW_PORT}`,
      env: { NEXT_DIST_DIR: '.next-preview', VERCEL_ENV: 'preview' },
      url: `http://127.0.0.1:${PREVIEW_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // On a scratch copy of content/, so the editing test cannot leave an article behind to ship.
      command: `rm -rf ${DEV_CONTENT} && cp -R content ${DEV_CONTENT} && npm run dev`,
      env: { PORT: String(DEV_PORT), CONTENT_DIR: DEV_CONTENT },
      url: `http://127.0.0.1:${DEV_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
})
