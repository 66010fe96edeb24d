import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { IMPORTS_DIR, readImportManifests, type ImportManifest } from '../content/imports-file'
import { parseListPath } from '../content/list-routes'
import { redirectKey } from '../content/redirects'
import { parseRedirects, REDIRECTS_FILE, type HandRedirect } from '../content/redirects-file'
import type { ContentProblem } from './problems'

/** What the site has, for whether a redirect's target is a page readers can open. */
export type SiteTargets = {
  /** Every article by slug, with whether it is a draft. */
  articles: ReadonlyMap<string, { draft: boolean }>
  profiles: ReadonlySet<string>
  sections: ReadonlySet<string>
  tags: ReadonlySet<string>
  /** The site's own pages that are written (content/pages/<slug>.mdx): /about, /contact… */
  pages: ReadonlySet<string>
}

/** Every first path segment the site's own routes and files answer (app/, public/). */
export function siteSegments(root: string): Set<string> {
  const names = (dir: string) =>
    existsSync(path.join(root, dir)) ? readdirSync(path.join(root, dir)).filter((name) => !/^[_(.[]/.test(name)) : []
  return new Set([...names('app'), ...names('public')])
}

/** Why `to` is no page of the site, or null when it is one (an https address elsewhere is taken as it is). */
export function targetProblem(to: string, targets: SiteTargets, segments: ReadonlySet<string>): string | null {
  if (to.startsWith('https://')) return null
  const [pathname = ''] = to.split(/[?#]/)
  const parts = pathname.split('/').filter(Boolean)
  const [first, second, ...rest] = parts
  if (
    first === 'posts' &&
    second !== undefined &&
    (rest.length === 0 || (rest.length === 1 && rest[0] === 'history'))
  ) {
    const article = targets.articles.get(second)
    if (!article) return `there is no article ${second} (content/posts/${second}.mdx)`
    return article.draft ? `the article ${second} is a draft, which readers cannot open` : null
  }
  const list = parseListPath(parts)
  if (list === null) return 'no page of the site has this path'
  if (list) {
    const { list: ref } = list
    if (ref.kind === 'tag' && !targets.tags.has(ref.slug)) return `no article has the topic ${ref.slug}`
    if (ref.kind === 'author' && !targets.profiles.has(ref.slug)) return `there is no author ${ref.slug}`
    if (ref.kind === 'section' && !targets.sections.has(ref.slug)) return `there is no section ${ref.slug}`
    return null
  }
  if (
    parts.length === 0 ||
    (parts.length === 1 && first !== undefined && (segments.has(first) || targets.pages.has(first)))
  ) {
    return null
  }
  return 'no page of the site has this path'
}

/** The redirects as the check reads them: the editors' file, with what could not be read of it, and each import's record. */
export type RedirectsRead = {
  file: string
  hand: HandRedirect[]
  problems: ContentProblem[]
  imports: { file: string; manifest: ImportManifest }[]
}

export function readRedirects(root: string, contentDir: string): RedirectsRead {
  const file = `${contentDir}/${REDIRECTS_FILE}`
  const full = path.join(root, file)
  const read: RedirectsRead = { file, hand: [], problems: [], imports: readImportManifests(root, contentDir) }
  if (existsSync(full)) {
    const parsed = parseRedirects(readFileSync(full, 'utf8'))
    read.problems = parsed.problems.map((problem) => ({ file, line: problem.line ?? 1, message: problem.message }))
    read.hand = parsed.redirects
  }
  return read
}

/**
 * Every path segment the redirects' old and new addresses have: all the articles and topics they can name,
 * for a check that asks the store of those alone (lib/checks/check-content.ts).
 */
export function redirectSegments(read: RedirectsRead): string[] {
  const paths = [
    ...read.hand.flatMap((redirect) => [redirect.from, redirect.to]),
    ...read.imports.flatMap(({ manifest }) => manifest.redirects.map(([, to]) => to)),
  ]
  return paths.flatMap((address) => (address.split(/[?#]/)[0] ?? '').split('/').filter(Boolean))
}

/**
 * What is wrong with the redirects: the editors' file (each mistake with its line: a target that is no page,
 * a chain or a loop, an old path that is a page of the site) and each import's record (a target that is
 * no page any more, unless an editor's redirect sends that old address or that target on).
 */
export function findRedirectProblems(
  root: string,
  contentDir: string,
  targets: SiteTargets,
  read: RedirectsRead = readRedirects(root, contentDir),
): ContentProblem[] {
  const segments = siteSegments(root)
  const { file, hand } = read
  const problems: ContentProblem[] = [...read.problems]
  const byHand = new Map(hand.map((redirect) => [redirect.from, redirect]))
  for (const redirect of hand) {
    const problem = (message: string) => problems.push({ file, line: redirect.line ?? 1, message })
    const next = byHand.get(redirectKey(redirect.to))
    if (next) {
      const loop = redirectKey(next.to) === redirect.from || next === redirect
      problem(
        loop
          ? `${redirect.from} and ${next.from} redirect to each other (line ${next.line ?? '?'}): a loop no reader gets out of. Send both to the page they mean.`
          : `${redirect.from} redirects to ${redirect.to}, which line ${next.line ?? '?'} redirects on to ${next.to}: write to: ${next.to}, so readers get there in one step.`,
      )
      continue
    }
    // An old address, not a page readers can open now: the redirect would hide it (a renamed article's or
    // topic's old path is no page any more, so it can be redirected).
    if (!redirect.from.includes('?') && targetProblem(redirect.from, targets, segments) === null) {
      problem(`${redirect.from} is a page of the site: a redirect there would hide it. Redirect old addresses only.`)
      continue
    }
    const why = targetProblem(redirect.to, targets, segments)
    if (why)
      problems.push({ file, line: redirect.toLine ?? redirect.line ?? 1, message: `to: ${redirect.to}: ${why}.` })
  }
  for (const { file: record, manifest } of read.imports) {
    const broken = new Map<string, { why: string; from: string[] }>()
    for (const [from, to] of manifest.redirects) {
      if (byHand.has(from) || byHand.has(redirectKey(to))) continue
      const why = targetProblem(to, targets, segments)
      if (!why) continue
      const entry = broken.get(to) ?? { why, from: [] }
      entry.from.push(from)
      broken.set(to, entry)
    }
    for (const [to, { why, from }] of broken) {
      problems.push({
        file: record,
        message: `${from.length} old ${from.length === 1 ? 'address' : 'addresses'} of the imported site (${from.slice(0, 3).join(', ')}${from.length > 3 ? '…' : ''}) redirect to ${to}, but ${why}. Add to ${file}: "- from: ${to}" with "to:" the page it is now, or "- from: ${from[0]}" for each.`,
      })
    }
  }
  return problems
}

/** Files under the content folder that belong to imports: their records and last reports. */
export const isImportFile = (relative: string) =>
  relative.startsWith(`${IMPORTS_DIR}/`) && (relative.endsWith('.json') || relative.endsWith('.report.md'))
