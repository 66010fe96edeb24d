// npm run import -- wordpress <export.xml> [--uploads <folder>] [options]
// npm run import -- ghost <export.json> [--images <folder>] [options]
// Writes content/posts/*.mdx (and profiles, site pages, pictures, redirects) from another system's export;
// see docs/editing.md#importing-an-archive.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { contentDir } from '../lib/content/schema'
import { readGhost } from '../lib/import/ghost'
import { runImport } from '../lib/import/run'
import { readWordpress } from '../lib/import/wordpress'

const usage = `Usage:
  npm run import -- wordpress <export.xml> [--uploads <wp-content/uploads folder>] [options]
  npm run import -- ghost <export.json> [--images <content/images folder>] [--site <the Ghost site's address>] [options]
Options:
  --section "<category>=<section>"   file the category's posts under a section (repeat for each)
  --default-section <section>        the section of posts whose categories map to none (default: the first)
  --author "<login or slug>=<id>"    credit an author to an existing profile in content/authors (repeat)`

/** "a=b" pairs of a repeated option, split at the last "=" (a category's name may hold one). */
function pairs(values: readonly string[] | undefined, option: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const value of values ?? []) {
    const at = value.lastIndexOf('=')
    if (at <= 0 || at === value.length - 1) throw new Error(`--${option} "${value}" must be written as <from>=<to>.`)
    map.set(value.slice(0, at).trim(), value.slice(at + 1).trim())
  }
  return map
}

/** Progress on one line where a person watches, a line every ten seconds in a log. */
function progress() {
  const started = Date.now()
  let last = 0
  return (done: number, total: number) => {
    const now = Date.now()
    const interactive = process.stderr.isTTY
    if (done !== total && now - last < (interactive ? 250 : 10_000)) return
    last = now
    const seconds = (now - started) / 1000
    const rate = done / Math.max(seconds, 0.001)
    const left = rate > 0 ? Math.round((total - done) / rate) : 0
    const line = `${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} posts and pages, ${Math.round(rate).toLocaleString('en-US')}/s, ${Math.floor(left / 60)}m${String(left % 60).padStart(2, '0')}s left`
    if (interactive) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`)
    else console.error(line)
  }
}

async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        uploads: { type: 'string' },
        images: { type: 'string' },
        site: { type: 'string' },
        section: { type: 'string', multiple: true },
        'default-section': { type: 'string' },
        author: { type: 'string', multiple: true },
        help: { type: 'boolean' },
      },
    })
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`)
    return 2
  }
  const { values, positionals } = parsed
  const [kind, file] = positionals
  if (values.help || !file || (kind !== 'wordpress' && kind !== 'ghost')) {
    console.error(usage)
    return values.help ? 0 : 2
  }
  const folder = kind === 'wordpress' ? values.uploads : values.images
  let source
  try {
    source = kind === 'wordpress' ? await readWordpress(file) : await readGhost(file, values.site)
  } catch (error) {
    console.error(`Could not read ${file}: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
  try {
    const { report, manifestFile, reportFile } = await runImport(source, {
      root: process.cwd(),
      contentDir,
      pictures: folder ? path.resolve(folder) : null,
      sections: pairs(values.section, 'section'),
      defaultSection: values['default-section'] ?? null,
      authors: pairs(values.author, 'author'),
      now: new Date(),
      progress: progress(),
    })
    console.log(`${report.summary()}\nReport: ${reportFile}\nRecord of the import (commit it): ${manifestFile}`)
    console.log('Next: npm run check:content, then npm run dev to read the imported articles.')
    return 0
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    return 2
  }
}

process.exitCode = await main()
