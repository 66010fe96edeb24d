// Screenshots of the seed article on a phone and a desktop, in light and dark,
// and its generated social card, for docs/. Needs a production server: `npm run build && npm start` first
// (or set BASE_URL). Usage: npm run screenshots
import { existsSync, writeFileSync } from 'node:fs'
import { chromium, devices } from '@playwright/test'

const base = process.env.BASE_URL ?? 'http://localhost:3000'
const path = '/posts/microsoft-loses-first-round-over-dublin-emails'
const systemChromium = '/usr/bin/chromium'
const browser = await chromium.launch(
  existsSync(systemChromium)
    ? { executablePath: systemChromium, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] }
    : {},
)
const shots = [
  { file: 'docs/home-phone.png', device: devices['Pixel 7'], colorScheme: 'light', at: '/' },
  { file: 'docs/seed-article-phone.png', device: devices['Pixel 7'], colorScheme: 'light' },
  { file: 'docs/seed-article-desktop.png', device: devices['Desktop Chrome'], colorScheme: 'light' },
  { file: 'docs/seed-article-phone-dark.png', device: devices['Pixel 7'], colorScheme: 'dark' },
]
for (const { file, device, colorScheme, at = path } of shots) {
  const context = await browser.newContext({ ...device, colorScheme })
  const page = await context.newPage()
  await page.goto(base + at, { waitUntil: 'networkidle' })
  // Pictures below the fold load lazily: scroll through the page so a full-page shot has them all.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    window.scrollTo(0, 0)
  })
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: file, fullPage: true, scale: 'css' })
  await context.close()
  console.log(`wrote ${file}`)
}
// The generated social card (Open Graph image) of the same article.
const card = await fetch(`${base}${path}/opengraph-image`)
if (!card.ok) throw new Error(`social card: HTTP ${card.status}`)
writeFileSync('docs/social-card-seed.png', Buffer.from(await card.arrayBuffer()))
console.log('wrote docs/social-card-seed.png')
await browser.close()
