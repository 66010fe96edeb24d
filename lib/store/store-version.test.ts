import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rankVersion, storeVersion, termsVersion } from './pipeline'

// The project's own code, copied: each case edits one file of a fresh copy and asks whether every article would be
// compiled again.
const project = path.join(import.meta.dirname, '..', '..')
const copies: string[] = []
let before = ''
let rankBefore = ''
let termsBefore = ''

function copy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'store-version-'))
  copies.push(root)
  for (const entry of ['lib', 'contentlayer.config.ts', 'package-lock.json', 'tsconfig.json'])
    cpSync(path.join(project, entry), path.join(root, entry), { recursive: true })
  return root
}

function edited(file: string, edit: (text: string) => string, version = storeVersion): string {
  const root = copy()
  const full = path.join(root, file)
  const text = readFileSync(full, 'utf8')
  const changed = edit(text)
  expect(changed, `the edit to ${file} changed nothing`).not.toBe(text)
  writeFileSync(full, changed)
  return version(root)
}

beforeAll(() => {
  const root = copy()
  before = storeVersion(root)
  rankBefore = rankVersion(root)
  termsBefore = termsVersion(root)
})
afterAll(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true })
})

describe('the store’s version: what compiles every article again', () => {
  it('changes with any module a row is made with, listed or not: how bylines are written, how dates are', () => {
    expect(edited('lib/content/bylines.ts', (text) => `${text}\nexport const changed = 1\n`)).not.toBe(before)
    expect(edited('lib/dates.ts', (text) => `${text}\nexport const changed = 1\n`)).not.toBe(before)
    expect(edited('lib/store/rows.ts', (text) => `${text}\nexport const changed = 1\n`)).not.toBe(before)
  })

  it('changes with the settings rows are made with: the time zone, the default byline', () => {
    expect(edited('lib/site.ts', (text) => text.replace("'America/New_York'", "'Europe/Dublin'"))).not.toBe(before)
    expect(
      edited('lib/site.ts', (text) => text.replace("defaultAuthor: 'news-ledge-staff'", "defaultAuthor: 'desk'")),
    ).not.toBe(before)
  })

  it('stays for what no row holds: the site’s description and social links, page sizes, the ranking, the read side', () => {
    expect(edited('lib/site.ts', (text) => text.replace(/description: '[^']*'/, "description: 'Plain news.'"))).toBe(
      before,
    )
    expect(edited('lib/site.ts', (text) => text.replace('postsPerPage: 10', 'postsPerPage: 12'))).toBe(before)
    expect(edited('lib/site.ts', (text) => text.replace('https://x.com/newsledge', 'https://x.com/ledge'))).toBe(before)
    expect(edited('lib/site.ts', (text) => text.replace('minScore: 0.12', 'minScore: 0.15'))).toBe(before)
    expect(edited('lib/related/rank.ts', (text) => `${text}\nexport const changed = 1\n`)).toBe(before)
    expect(edited('lib/content/store.ts', (text) => `${text}\nexport const changed = 1\n`)).toBe(before)
  })
})

describe('the related versions: what ranks every list again, and what counts every article’s terms again', () => {
  const append = (text: string) => `${text}\nexport const changed = 1\n`

  it('rank every list again for new ranking code, what it loads (the tags’ slugs) and new ranking options', () => {
    expect(edited('lib/related/rank.ts', append, rankVersion)).not.toBe(rankBefore)
    expect(edited('lib/store/related-reach.ts', append, rankVersion)).not.toBe(rankBefore)
    expect(edited('lib/urls.ts', append, rankVersion)).not.toBe(rankBefore)
    expect(edited('lib/site.ts', (text) => text.replace('minScore: 0.12', 'minScore: 0.15'), rankVersion)).not.toBe(
      rankBefore,
    )
  })

  it('count every article’s terms again for new counting code or options, not for new ranking code', () => {
    expect(edited('lib/related/terms.ts', append, termsVersion)).not.toBe(termsBefore)
    expect(
      edited(
        'lib/site.ts',
        (text) => text.replace('fieldWeights: { title: 3', 'fieldWeights: { title: 4'),
        termsVersion,
      ),
    ).not.toBe(termsBefore)
    expect(edited('lib/related/kept-terms.ts', append, termsVersion)).not.toBe(termsBefore)
    expect(edited('lib/related/rank.ts', append, termsVersion)).toBe(termsBefore)
    // How the kept terms become vectors is ranking code: the lists are ranked again, the terms kept.
    expect(edited('lib/related/vectors.ts', append, termsVersion)).toBe(termsBefore)
    expect(edited('lib/related/vectors.ts', append, rankVersion)).not.toBe(rankBefore)
  })

  it('stay for the rest of the site’s settings and code: its description, social links, page sizes, the read side', () => {
    for (const version of [rankVersion, termsVersion]) {
      const start = version === rankVersion ? rankBefore : termsBefore
      expect(
        edited('lib/site.ts', (text) => text.replace(/description: '[^']*'/, "description: 'Plain news.'"), version),
      ).toBe(start)
      expect(edited('lib/site.ts', (text) => text.replace('postsPerPage: 10', 'postsPerPage: 12'), version)).toBe(start)
      expect(
        edited('lib/site.ts', (text) => text.replace('https://x.com/newsledge', 'https://x.com/ledge'), version),
      ).toBe(start)
      expect(edited('lib/store/read.ts', append, version)).toBe(start)
      expect(edited('lib/store/database.ts', append, version)).toBe(start)
    }
  })
})
