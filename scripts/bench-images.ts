// npm run bench:images
// The pictures' budgets on the production build (`npm run build` first):
// Lighthouse mobile (median of BENCH_LIGHTHOUSE_RUNS, default 5) for the home
// page and the seed article, with LCP and CLS; and, on a phone in Chromium,
// the bytes of the article's lead image and of the home page's pictures above
// the fold. Writes the figures into docs/performance.md (images:start/end).
import { devices, chromium } from '@playwright/test'
import { kb, lighthouse, markdownTable, seedPath, startServer, writeFigures } from './bench-lib'

const runs = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5))
// Which block of docs/performance.md to fill: `images`, or `images-before` when run (from this checkout) in a
// worktree of the last commit without pictures, for the side-by-side figures.
const block = process.env.BENCH_FIGURES_BLOCK ?? 'images'
async function main() {
  const server = await startServer(process.cwd(), 3140)

  /** Bytes of every picture a phone loads on a page before scrolling, and which files they were. */
  async function pictureBytes(path: string) {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
    const context = await browser.newContext({ ...devices['Pixel 7'] })
    const page = await context.newPage()
    const sizes: Promise<{ url: string; bytes: number }>[] = []
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'image') {
        sizes.push(request.sizes().then((s) => ({ url: new URL(request.url()).pathname, bytes: s.responseBodySize })))
      }
    })
    await page.goto(server.url + path, { waitUntil: 'networkidle' })
    const pictures = await Promise.all(sizes)
    await browser.close()
    return pictures
  }

  try {
    const lighthouseRows = []
    for (const [page, path] of [
      ['home', '/'],
      ['article', seedPath],
    ] as const) {
      lighthouseRows.push({ page, ...(await lighthouse(server.url + path, runs)) })
    }
    const article = await pictureBytes(seedPath)
    const home = await pictureBytes('/')
    const lead = article.find((p) => p.url.includes('dublin-datacenter'))
    const bytesRows = [
      { what: 'article: lead image on a phone', file: lead?.url ?? 'none', KB: kb(lead?.bytes ?? 0), budget: '< 60' },
      {
        what: 'home: pictures above the fold on a phone',
        file: `${home.length} files`,
        KB: kb(home.reduce((sum, p) => sum + p.bytes, 0)),
        budget: '< 150',
      },
    ]
    console.table(lighthouseRows)
    console.table(bytesRows)
    writeFigures({
      [block]: [
        `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:images\` on the production build${block === 'images' ? '' : ' of the site before pictures (797a9ac)'}.`,
        '',
        `**Lighthouse 12.2.3**, mobile preset, median of ${runs} runs by performance:`,
        '',
        markdownTable(lighthouseRows),
        '',
        '**Picture bytes on a phone** (Pixel 7 viewport: every picture loaded without scrolling, which includes lazy ones Chromium finds near the screen):',
        '',
        markdownTable(bytesRows),
      ].join('\n'),
    })
  } finally {
    await server.stop()
  }
}

await main()
