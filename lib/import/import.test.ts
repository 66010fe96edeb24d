import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkContent } from '../checks/check-content'
import { readRedirectTable } from '../content/redirects-file'
import { findRedirect } from '../content/redirects'
import { GHOST_EXPORT, WORDPRESS_EXPORT, writeUploads } from './fixtures/uploads'
import { readGhost } from './ghost'
import { runImport, type ImportOptions } from './run'
import { readWordpress } from './wordpress'
import { SITE } from '../../e2e/fixtures'

// Each export (lib/import/fixtures) imported into a copy of the tests' own site, as an editor runs
// npm run import, then read as the site reads it: the content check, the redirect table, the files.
let root: string
let uploads: { wordpress: string; ghost: string }
const now = new Date('2026-12-01T12:00:00Z')

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'news-ledge-import-'))
  await cp(`${SITE}/content`, path.join(root, 'content'), { recursive: true })
  await cp(`${SITE}/public`, path.join(root, 'public'), { recursive: true })
  await symlink(path.resolve('app'), path.join(root, 'app'))
  uploads = await writeUploads(path.join(root, 'old-site'))
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

const wordpressOptions = (): ImportOptions => ({
  root,
  contentDir: 'content',
  pictures: uploads.wordpress,
  sections: new Map([
    ['technology', 'Tech'],
    ['Policy & Law', 'Policy'],
  ]),
  defaultSection: 'Tech',
  authors: new Map([['aokoro', 'ada-okoro']]),
  now,
})
const read = (file: string) => readFile(path.join(root, file), 'utf8')
const outcomes = (report: Awaited<ReturnType<typeof runImport>>['report']) =>
  Object.fromEntries(report.entries.map((entry) => [entry.source, entry.outcome]))

describe('a WordPress import', () => {
  it('writes every post it can as an article, and says why of each one it cannot', async () => {
    const { report, reportFile } = await runImport(await readWordpress(WORDPRESS_EXPORT), wordpressOptions())
    expect(outcomes(report)).toEqual({
      'wp:101': 'imported',
      'wp:102': 'imported',
      'wp:103': 'imported',
      'wp:104': 'imported',
      'wp:105': 'imported',
      'wp:106': 'skipped',
      'wp:107': 'skipped',
      'wp:108': 'skipped',
      'wp:109': 'imported',
      'wp:110': 'imported',
      'wp:111': 'imported',
      'wp:120': 'skipped',
      'wp:121': 'imported',
      'wp:122': 'skipped',
    })
    const written = await read(reportFile)
    expect(written).toContain('wp:106 “Private: Staff Party Plans”: not public on the old site')
    expect(written).toContain("wp:107 “Protected: Subscribers' Briefing”: password-protected on the old site")
    expect(written).toContain('wp:108 “Trashed: An Old Mistake”: in the trash')
    expect(written).toContain("content/pages/about.mdx is already the site's, not this import's: left as it is")
    expect(written).toContain("wp:122 “Level 2: Our Newsletter Archive”: a page: the site's own pages are")
    expect(written).toContain('1 nav_menu_item entry in the export are not content')
    expect(written).toContain('[contact-form-7] shortcode removed, its text kept')
    expect(written).toContain('<script> dropped')
    expect(written).toMatch(/missing\.jpg is not in the uploads folder/)
    expect(written).toContain('profile content/authors/cwriter.mdx written for Casey Writer')
    expect(written).toContain(
      'categories mapped to no section, with their posts: News (1), Opinion (1), Uncategorized (2)',
    )
  })

  it('writes articles the site builds: the content check passes with no hand edits', async () => {
    expect(await checkContent(root)).toEqual([])
  })

  it('keeps what a reader needs from each post', async () => {
    const story = await read('content/posts/microsoft-opens-dublin-data-center.mdx')
    expect(story).toContain('date: 2013-06-12T14:05:00+00:00')
    expect(story).toContain('category: Tech')
    expect(story).toContain('tags:\n  - Microsoft\n  - Ireland\n  - Data Centers')
    expect(story).toContain('authors:\n  - ada-okoro')
    expect(story).toContain(
      'image: /images/imported/2013/06/servers.jpg\nimageAlt: Rows of black server racks under white lights.',
    )
    // The summary from the first paragraph; a link to another imported post goes straight to its new address.
    expect(story).toContain('summary: Microsoft has opened its largest European data center')
    expect(story).toContain("[what Ireland's regulator said](/posts/data-protection-commissioner)")
    expect(story).toContain('[our Tokyo story](/posts/dongjing-tokyo)')
    // A [caption] linked at WordPress's resized name: the original is copied, alt text from the attachment's title.
    expect(story).toContain(
      '<Figure src="/images/imported/2013/06/building.jpg" alt="The data center building" caption="The building in June 2013" />',
    )
    expect(existsSync(path.join(root, 'public/images/imported/2013/06/building.jpg'))).toBe(true)
    expect(story).not.toMatch(/script|iframe|style=|font/)

    const regulator = await read('content/posts/data-protection-commissioner.mdx')
    expect(regulator).toContain('category: Policy')
    expect(regulator).toContain('authors:\n  - ben-hale')
    expect(regulator).toContain('| Year | Requests |')
    expect(regulator).not.toContain('missing.jpg')

    const tokyo = await read('content/posts/dongjing-tokyo.mdx')
    expect(tokyo).toContain('title: "Markup: Tokyo & Dublin, “Twin Cities” of the Cloud — How Two Cities')
    expect(tokyo).toContain("summary: Two cities hold the world's email. Here is why.")
    expect(await read('content/posts/dublin-data-center-turns-ninety.mdx')).toContain('date: 2099-01-01T10:00:00+00:00')
    const draft = await read('content/posts/draft-notes-for-a-story-on-undersea-cables.mdx')
    expect(draft).toContain('draft: true')
    expect(draft).toContain(`date: ${now.toISOString().slice(0, 19)}+00:00`)
    // A slug the site already has gets another; the site's own article is left alone.
    expect(await read('content/posts/microsoft-pulls-the-plug-on-zune-2.mdx')).toContain('(Our Take)')
    expect(await read('content/posts/microsoft-pulls-the-plug-on-zune.mdx')).not.toContain('(Our Take)')
    expect(await read('content/pages/ownership.mdx')).toContain('title: Who Owns the Ledger')
    expect(await read('content/authors/cwriter.mdx')).not.toContain('casey@')
  })

  it('sends every old address of a published post to it in one step, and none of the others', () => {
    const table = readRedirectTable(root, 'content')
    const go = (pathname: string, search = '') => findRedirect(table, pathname, search)
    expect(go('/blog/2013/06/12/microsoft-opens-dublin-data-center/')).toBe('/posts/microsoft-opens-dublin-data-center')
    expect(go('/blog/', '?p=101&utm_source=x')).toBe('/posts/microsoft-opens-dublin-data-center?utm_source=x')
    expect(go('/blog/2015/03/04/%E6%9D%B1%E4%BA%AC-tokyo/')).toBe('/posts/dongjing-tokyo')
    expect(go('/blog/2013/06/12/microsoft-opens-dublin-data-center/servers/')).toBe(
      '/posts/microsoft-opens-dublin-data-center',
    )
    expect(go('/blog/', '?attachment_id=203')).toBe('/posts/dongjing-tokyo')
    expect(go('/blog/category/technology/')).toBe('/sections/tech')
    expect(go('/blog/category/news/policy-law/')).toBe('/sections/policy')
    expect(go('/blog/category/opinion/feed/')).toBe('/tags/opinion/feed.xml')
    expect(go('/blog/tag/data-centers/')).toBe('/tags/data-centers')
    expect(go('/blog/', '?cat=5')).toBe('/sections/tech')
    expect(go('/blog/author/cwriter/')).toBe('/authors/cwriter')
    expect(go('/blog/', '?author=2')).toBe('/authors/ada-okoro')
    expect(go('/blog/feed/')).toBe('/feed.xml')
    expect(go('/blog/2013/06/')).toBe('/archive/2013/06')
    expect(go('/blog/2013/')).toBe('/archive/2013')
    // New Year's Day at 02:30 GMT is still 2013 in the newsroom's zone: its archive has the story.
    expect(go('/blog/2014/01/')).toBe('/archive/2013/12')
    expect(go('/blog/', '?page_id=121')).toBe('/ownership')
    for (const id of ['104', '105', '106', '107', '108']) expect(go('/blog/', `?p=${id}`), `post ${id}`).toBeNull()
    expect(go('/blog/2013/07/01/staff-party/')).toBeNull()
    // The old site's address for its own root is not taken over.
    expect(go('/blog/')).toBeNull()
  })

  it('run again, updates what the export changed and keeps what an editor changed since', async () => {
    const again = await runImport(await readWordpress(WORDPRESS_EXPORT), wordpressOptions())
    expect(again.report.count('unchanged')).toBe(9)
    expect([again.report.count('imported'), again.report.count('updated'), again.report.count('kept')]).toEqual([
      0, 0, 0,
    ])
    const edited = 'content/posts/data-protection-commissioner.mdx'
    const editorsText = (await read(edited)).replace('What the regulator said', 'What the commissioner said')
    await writeFile(path.join(root, edited), editorsText)
    const changedExport = path.join(root, 'changed.xml')
    await writeFile(
      changedExport,
      (await readFile(WORDPRESS_EXPORT, 'utf8'))
        .replace('Microsoft Opens a Data Center in Dublin</title>', 'Microsoft Opens Its Dublin Data Center</title>')
        .replace('and so is the law', 'and so, the commissioner said, is the law'),
    )
    const third = await runImport(await readWordpress(changedExport), wordpressOptions())
    expect(outcomes(third.report)['wp:101']).toBe('updated')
    expect(outcomes(third.report)['wp:102']).toBe('kept')
    expect(await read(edited)).toBe(editorsText)
    expect(await read('content/posts/microsoft-opens-dublin-data-center.mdx')).toContain(
      'title: Microsoft Opens Its Dublin Data Center',
    )
    expect(await read(third.reportFile)).toContain(
      `wp:102 “Ireland’s Data Regulator Weighs In” → ${edited}: edited since the last import`,
    )
  })
})

describe('a Ghost import', () => {
  it('brings HTML, Lexical and mobiledoc bodies, several authors and tags, and their old addresses', async () => {
    const { report } = await runImport(await readGhost(GHOST_EXPORT, 'https://notes.ledger.example'), {
      root,
      contentDir: 'content',
      pictures: uploads.ghost,
      sections: new Map([['policy', 'Policy']]),
      defaultSection: 'Tech',
      authors: new Map(),
      now,
    })
    expect(outcomes(report)).toEqual({
      'ghost:g1': 'imported',
      'ghost:g2': 'imported',
      'ghost:g3': 'imported',
      'ghost:g4': 'imported',
      'ghost:g5': 'skipped',
      'ghost:g6': 'skipped',
    })
    const cables = await read('content/posts/cables-reach-dublin.mdx')
    expect(cables).toContain('category: Policy')
    expect(cables).toContain('authors:\n  - dana-new\n  - ada-okoro')
    expect(cables).toContain('tags:\n  - Undersea Cables\n')
    expect(cables).not.toContain('featured')
    expect(cables).toContain('image: /images/imported/2024/05/harbour.jpg\nimageAlt: Cranes over Dublin port at dusk.')
    expect(cables).toContain('[with more to come](/posts/harbour-confirms-three-more)')
    const lexical = await read('content/posts/harbour-confirms-three-more.mdx')
    expect(lexical).toContain('The harbour authority **confirmed** on Tuesday that _three_ new cables')
    expect(lexical).toContain('## Where they come from')
    expect(lexical).toContain(
      '<Figure src="/images/imported/2024/05/notebook.jpg" alt="A reporter\'s notebook open on a desk." caption="Notes from the harbour" />',
    )
    expect(lexical).toContain('A **Markdown** card with a [link](https://example.org/).')
    const mobiledoc = await read('content/posts/ports-of-ireland.mdx')
    expect(mobiledoc).toContain("Ghost's older editor wrote **mobiledoc**, with [links](https://example.org/ports).")
    expect(mobiledoc).toContain('1. First\n2. Second')
    expect(await read('content/authors/dana-new.mdx')).toContain('links: ["https://dana.example"]')
    expect(await checkContent(root)).toEqual([])
    const table = readRedirectTable(root, 'content')
    expect(findRedirect(table, '/cables-reach-dublin/', '')).toBe('/posts/cables-reach-dublin')
    expect(findRedirect(table, '/tag/undersea-cables/', '')).toBe('/tags/undersea-cables')
    expect(findRedirect(table, '/tag/policy/rss/', '')).toBe('/sections/policy/feed.xml')
    expect(findRedirect(table, '/author/ada/', '')).toBe('/authors/ada-okoro')
    expect(findRedirect(table, '/rss/', '')).toBe('/feed.xml')
    expect(findRedirect(table, '/inside-the-landing-station/', '')).toBeNull()
    expect(findRedirect(table, '/cable-costs/', '')).toBeNull()
    // Both imports' addresses live side by side.
    expect(findRedirect(table, '/blog/', '?p=101')).toBe('/posts/microsoft-opens-dublin-data-center')
  })
})
