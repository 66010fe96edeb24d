import http from 'node:http'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { APIRequestContext } from '@playwright/test'

/**
 * Every URL shape the app answers, read from app/ itself, so a route added
 * tomorrow is probed too: each dynamic segment gets a value from `samples`
 * (a value the tests' site has, and one it does not), and a segment with no
 * sample fails the probe until one is written here.
 */
export type Route = {
  /** app/…, the file that answers. */
  file: string
  /** Whether the file renders a page (HTML with the site's layout) rather than a file or feed. */
  page: boolean
  /** The URL with values the tests' site has. */
  real: string
  /** The URL with made-up values for its dynamic segments, or null when it has none. */
  madeUp: string | null
}

const samples: Record<string, { real: string; madeUp: string }> = {
  slug: { real: 'microsoft-loses-first-round-over-dublin-emails', madeUp: 'no-such-story' },
  tag: { real: 'microsoft', madeUp: 'no-such-tag' },
  author: { real: 'news-ledge-staff', madeUp: 'no-such-author' },
  section: { real: 'policy', madeUp: 'no-such-section' },
  year: { real: '2016', madeUp: '2031' },
  // Every list of the tests' site fits on its first page: page 2 is a 404 there too.
  page: { real: '2', madeUp: '999' },
  file: { real: 'pagefind.js', madeUp: 'no-such-file.js' },
  sitemap: { real: 'pages.xml', madeUp: 'articles-2031.xml' },
}

/** What a file of app/ answers at, relative to its folder, or null when it answers nothing itself. */
function endpoint(name: string): { tail: string; page: boolean } | null {
  if (name === 'page.tsx') return { tail: '', page: true }
  if (name === 'route.ts') return { tail: '', page: false }
  if (name === 'opengraph-image.tsx') return { tail: '/opengraph-image', page: false }
  if (name === 'robots.ts') return { tail: '/robots.txt', page: false }
  if (name === 'icon.svg') return { tail: '/icon.svg', page: false }
  return null
}

// An optional catch-all ([[...rest]], a list's later pages) answers with the segment left out and with each
// of these in its place: a page number, and a month (the archive's).
const optionalSamples: Record<string, { real: string; madeUp: string }[]> = {
  rest: [
    { real: '', madeUp: '' },
    { real: 'page/2', madeUp: 'page/999' },
    { real: '07', madeUp: '11' },
  ],
}

/** The URLs a folder of app/ answers at: one, or one per sample of its optional catch-all. */
function urls(dir: string, tail: string): { real: string; madeUp: string }[] {
  let variants = [{ real: '', madeUp: '' }]
  for (const segment of dir.split('/').filter(Boolean)) {
    const optional = /^\[\[\.\.\.(\w+)\]\]$/.exec(segment)?.[1]
    const param = /^\[(?:\.\.\.)?(\w+)\]$/.exec(segment)?.[1]
    const sample = param === undefined ? undefined : samples[param]
    const choices =
      optional !== undefined
        ? optionalSamples[optional]
        : param !== undefined
          ? sample && [sample]
          : [{ real: segment, madeUp: segment }]
    if (!choices) throw new Error(`e2e/routes.ts has no sample value for ${segment} (app/${dir}): add one`)
    variants = variants.flatMap((path) =>
      choices.map((choice) => ({ real: join(path.real, choice.real), madeUp: join(path.madeUp, choice.madeUp) })),
    )
  }
  return variants.map(({ real, madeUp }) => ({ real: `${real}${tail}` || '/', madeUp: `${madeUp}${tail}` || '/' }))
}

const join = (path: string, segment: string) => (segment ? `${path}/${segment}` : path)

export function appRoutes(): Route[] {
  const routes: Route[] = []
  for (const entry of readdirSync('app', { recursive: true, withFileTypes: true })) {
    const found = entry.isFile() ? endpoint(entry.name) : null
    if (!found) continue
    const dir = path.relative('app', entry.parentPath).split(path.sep).join('/')
    const dynamic = dir.includes('[')
    for (const { real, madeUp } of urls(dir, found.tail)) {
      routes.push({
        file: `app/${dir ? `${dir}/` : ''}${entry.name}`,
        page: found.page,
        real,
        madeUp: dynamic ? madeUp : null,
      })
    }
  }
  return routes.sort((a, b) => a.real.localeCompare(b.real))
}

/**
 * Sends a path exactly as written, broken percent-encoding and all (browsers
 * and Playwright's client refuse to), as a scraper's client would.
 */
export function rawGet(baseURL: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const request = http.get({ hostname, port, path }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    request.on('error', reject)
  })
}

/** A request's answer without following a redirect: its status, and where it sends a browser (Next writes a same-site Location as a path). */
export async function redirectOf(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 })
  const location = response.headers()['location']
  return {
    status: response.status(),
    location: location === undefined ? '' : new URL(location, response.url()).toString(),
  }
}
