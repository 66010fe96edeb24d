import { expect, test } from '@playwright/test'
import { seed, zune } from './fixtures'
import { redirectOf } from './routes'

// The tests' site's own redirects (e2e/site/content/redirects.yml): an old address answers a permanent
// redirect straight to its new home, and a path with a trailing slash goes to the path without it.

test('an old address an editor listed goes to its page in one step, with its campaign parameters', async ({
  request,
  baseURL,
}) => {
  const listed: [string, string][] = [
    ['/2011/10/zune-is-dead/', zune.path],
    ['/2011/10/Zune-Is-Dead', zune.path],
    ['/tips', '/contact'],
    ['/tips/?utm_source=newsletter', '/contact?utm_source=newsletter'],
    ['/?p=7', seed.path],
    ['/index.php?p=7&ref=x', `${seed.path}?ref=x`],
    ['/newsletter', 'https://buttondown.com/newsledge'],
  ]
  for (const [from, to] of listed) {
    const { status, location } = await redirectOf(request, from)
    expect(status, from).toBe(301)
    expect(location, from).toBe(to.startsWith('https:') ? to : new URL(to, baseURL).toString())
  }
  // One step: where it lands is the page, not another redirect.
  const landed = await request.get('/2011/10/zune-is-dead/')
  expect(landed.status()).toBe(200)
  expect(await landed.text()).toContain(zune.title)
})

test('a path ending in a slash goes to the same path without it, keeping the query', async ({ request, baseURL }) => {
  const slashed: [string, string][] = [
    [`${seed.path}/`, seed.path],
    ['/tags/microsoft/?page=x', '/tags/microsoft?page=x'],
    ['/search/?q=warrant', '/search?q=warrant'],
  ]
  for (const [from, to] of slashed) {
    const { status, location } = await redirectOf(request, from)
    expect(status, from).toBe(308)
    expect(location, from).toBe(new URL(to, baseURL).toString())
  }
  expect((await request.get('/', { maxRedirects: 0 })).status()).toBe(200)
  // An address no redirect names, and the root with a query no redirect names, are what they were.
  expect((await request.get('/?p=12345', { maxRedirects: 0 })).status()).toBe(200)
  expect((await request.get('/2011/10/no-such-story', { maxRedirects: 0 })).status()).toBe(404)
})
