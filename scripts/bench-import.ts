// npm run bench:import: a synthetic WordPress export of BENCH_IMPORT_SIZE posts (100,000 by default), written
// as WordPress writes one, imported into a throwaway copy of the project with `npm run import`, timed with its
// peak memory; then the redirect table it leaves, looked up as proxy.ts looks up every request. Figures go to
// docs/performance.md (bench-import).
import { once } from 'node:events'
import { copyFileSync, createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { readRedirectTable } from '../lib/content/redirects-file'
import { findRedirect } from '../lib/content/redirects'
import { readSections } from '../lib/content/sections-file'
import { contentDir } from '../lib/content/schema'
import { writeUploads } from '../lib/import/fixtures/uploads'
import { slugify } from '../lib/urls'
import { markdownTable, measureCommand, percentile, projectCopy, round, writeFigures } from './bench-lib'
import { syntheticArticles } from './synthetic-archive'

const size = Number(process.env.BENCH_IMPORT_SIZE ?? 100_000)
const dir = projectCopy('import')
const sections = readSections(process.cwd(), contentDir)
const xml = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
const gmt = (iso: string) => iso.slice(0, 19).replace('T', ' ')

/** Writes the export a post at a time, as WordPress's exporter does: the file is never held whole. */
async function writeExport(file: string) {
  const out = createWriteStream(file)
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain')
  }
  const articles = syntheticArticles(size)
  const logins = [...new Set(articles.flatMap((article) => article.authors))]
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Synthetic Gazette</title><link>https://gazette.example</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://gazette.example</wp:base_site_url><wp:base_blog_url>https://gazette.example</wp:base_blog_url>
${logins.map((login, i) => `<wp:author><wp:author_id>${i + 2}</wp:author_id><wp:author_login>${xml(login)}</wp:author_login><wp:author_display_name>${xml(login.replace(/-/g, ' '))}</wp:author_display_name></wp:author>`).join('\n')}
${sections.map((section, i) => `<wp:category><wp:term_id>${i + 2}</wp:term_id><wp:category_nicename>${section.slug}</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>${xml(section.name)}</wp:cat_name></wp:category>`).join('\n')}
`)
  const uploads = ['2020/01/servers.jpg', '2020/01/harbour.jpg', '2020/01/notebook.jpg']
  for (const [i, article] of articles.entries()) {
    const id = i + 1
    const date = gmt(article.date)
    const permalink = `https://gazette.example/${article.date.slice(0, 4)}/${article.date.slice(5, 7)}/${article.date.slice(8, 10)}/${article.slug}/`
    // One post in ten links to an older one; one in four has a featured picture, one in eight a captioned one.
    const earlier = i > 0 && i % 10 === 0 ? articles[i - 1] : undefined
    const link = earlier ? `\n\nAs we reported, <a href="https://gazette.example/?p=${i}">${earlier.title}</a>.` : ''
    const picture = uploads[i % uploads.length] ?? ''
    const caption =
      i % 8 === 0
        ? `\n\n[caption id="attachment_${size + id}" width="800"]<img src="https://gazette.example/wp-content/uploads/${picture}" alt="A synthetic picture" /> A caption[/caption]`
        : ''
    const category = sections.find((section) => section.name === article.category) ?? sections[0]
    await write(`<item><title>${xml(article.title)}</title><link>${permalink}</link><dc:creator>${xml(article.authors[0] ?? '')}</dc:creator>
<content:encoded>${xml(article.body + link + caption)}</content:encoded><excerpt:encoded>${xml(i % 3 ? '' : article.summary)}</excerpt:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date>${date}</wp:post_date><wp:post_date_gmt>${date}</wp:post_date_gmt><wp:post_name>${article.slug}</wp:post_name>
<wp:status>${i % 50 === 7 ? 'draft' : 'publish'}</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type><wp:post_password></wp:post_password>
<category domain="category" nicename="${category?.slug ?? ''}">${xml(category?.name ?? '')}</category>
${article.tags.map((tag) => `<category domain="post_tag" nicename="${slugify(tag)}">${xml(tag)}</category>`).join('')}
${i % 4 === 0 ? `<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${size + id}</wp:meta_value></wp:postmeta>` : ''}
</item>
${i % 4 === 0 || i % 8 === 0 ? `<item><title>picture ${id}</title><link>${permalink}picture-${id}/</link><wp:post_id>${size + id}</wp:post_id><wp:post_date_gmt>${date}</wp:post_date_gmt><wp:post_name>picture-${id}</wp:post_name><wp:status>inherit</wp:status><wp:post_parent>${id}</wp:post_parent><wp:post_type>attachment</wp:post_type><wp:attachment_url>https://gazette.example/wp-content/uploads/${picture}</wp:attachment_url><wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>A synthetic picture of the story</wp:meta_value></wp:postmeta></item>\n` : ''}`)
  }
  await write('</channel>\n</rss>\n')
  out.end()
  await once(out, 'finish')
}

try {
  const exportFile = path.join(dir, '.old-site/export.xml')
  const { wordpress } = await writeUploads(path.join(dir, '.old-site'))
  // The drawn uploads, under the names the synthetic posts use.
  mkdirSync(path.join(wordpress, '2020/01'), { recursive: true })
  for (const name of ['servers', 'harbour', 'notebook']) {
    copyFileSync(path.join(wordpress, '2013/06/servers.jpg'), path.join(wordpress, `2020/01/${name}.jpg`))
  }
  const writing = performance.now()
  await writeExport(exportFile)
  const exportMB = readFileSync(exportFile).byteLength / 1e6
  console.log(
    `export: ${size} posts, ${exportMB.toFixed(0)} MB, written in ${((performance.now() - writing) / 1000).toFixed(0)} s`,
  )

  const sectionOptions = sections.flatMap((section) => ['--section', `${section.slug}=${section.name}`])
  // As an editor runs it (the npm script holds the memory limit the import keeps to).
  const run = await measureCommand(
    'npm',
    ['run', '--silent', 'import', '--', 'wordpress', exportFile, '--uploads', wordpress, ...sectionOptions],
    { cwd: dir },
  )
  if (run.code !== 0) throw new Error(`the import failed:\n${run.output}`)
  console.log(run.output.split('\n').slice(-8).join('\n'))

  // The table proxy.ts reads, and a request's lookup in it: old permalinks, ?p= numbers, and misses.
  const parseStarted = performance.now()
  const table = readRedirectTable(dir, contentDir)
  const tableSeconds = (performance.now() - parseStarted) / 1000
  const tableText = JSON.stringify(table)
  const jsonStarted = performance.now()
  JSON.parse(tableText)
  const parseMs = performance.now() - jsonStarted
  const requests: [string, string][] = []
  for (let i = 0; i < 30_000; i++) {
    const id = 1 + ((i * 7919) % size)
    const [from] = table[(i * 104_729) % table.length] ?? ['/']
    requests.push(
      i % 3 === 0 ? ['/', `?p=${id}&utm_source=x`] : i % 3 === 1 ? [`${from}/`, ''] : [`/no/such/${i}/`, ''],
    )
  }
  const perLookup: number[] = []
  for (let batch = 0; batch < 30; batch++) {
    const started = performance.now()
    for (const [pathname, search] of requests.slice(batch * 1000, (batch + 1) * 1000))
      findRedirect(table, pathname, search)
    perLookup.push(((performance.now() - started) / 1000) * 1000)
  }
  const rows = [
    { measure: 'posts in the export', value: size.toLocaleString('en-US') },
    { measure: 'export size, MB', value: round(exportMB, 0) },
    { measure: 'import, whole run (npm run import), s', value: round(run.seconds, 0) },
    { measure: 'import, peak memory, MB', value: round(run.peakMB, 0) },
    { measure: 'redirects in the table', value: table.length.toLocaleString('en-US') },
    { measure: 'redirect table as JSON, MB', value: round(tableText.length / 1e6, 1) },
    { measure: 'redirect table read from the records, s', value: round(tableSeconds, 1) },
    { measure: "redirect table parsed (a server's first request), ms", value: round(parseMs, 0) },
    { measure: 'one lookup (proxy.ts), median of 30 batches of 1,000, µs', value: round(percentile(perLookup, 50), 2) },
    { measure: 'one lookup, slowest batch, µs', value: round(Math.max(...perLookup), 2) },
  ]
  const figures = markdownTable(rows)
  console.log(figures)
  writeFigures({
    'bench-import': `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:import\` (BENCH_IMPORT_SIZE=${size}) on this 2-core machine.\n\n${figures}`,
  })
} finally {
  rmSync(dir, { recursive: true, force: true })
}
