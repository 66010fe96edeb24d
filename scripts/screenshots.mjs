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
  { file: 'docs/seed-article-phone.png', device: devices['Pixel 7'], colorScheme: 'light' },
  { file: 'docs/seed-article-desktop.png', device: devices['Desktop Chrome'], colorScheme: 'light' },
  { file: 'docs/seed-article-phone-dark.png', device: devices['Pixel 7'], colorScheme: 'dark' },
]
for (const { file, device, colorScheme } of shots) {
  const context = await browser.newContext({ ...device, colorScheme })
  const page = await context.newPage()
  await page.goto(base + path, { waitUntil: 'networkidle' })
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
