// npm test's third build: the tests' site as a deploy with DATABASE_URL makes it, into .next-database,
// on a database of its own made afresh (e2e/fixtures.ts E2E_DATABASE_URL), for the `database` Playwright project.
import { execFileSync } from 'node:child_process'
import postgres from 'postgres'
import { E2E_DATABASE_URL, E2E_DATABASE_PORT } from '../e2e/fixtures'
import { serverUrl } from '../lib/store/test-database'

const name = new URL(E2E_DATABASE_URL).pathname.slice(1)
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
await admin`drop database if exists ${admin(name)} with (force)`
await admin`create database ${admin(name)}`
await admin.end()
execFileSync('npm', ['run', 'build'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: E2E_DATABASE_URL,
    NEXT_DIST_DIR: '.next-database',
    SITE_URL: `http://127.0.0.1:${E2E_DATABASE_PORT}`,
  },
})
