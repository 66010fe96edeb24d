import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isMap, isScalar, isSeq } from 'yaml'
import { readImportManifests } from './imports-file'
import { byFrom, ID_PARAMETERS, queryKey, redirectKey, type RedirectTable } from './redirects'
import { fileProblemsError, parseYamlFile, type FileProblem } from './yaml-file'

/** Where editors list redirects of their own, under the content folder. */
export const REDIRECTS_FILE = 'redirects.yml'

/** A redirect an editor wrote: the old address as the table keys it, where it goes, and the lines of each. */
export type HandRedirect = { from: string; to: string; line: number | undefined; toLine: number | undefined }

/**
 * The key of an old address an editor writes: a path (`/2014/07/old-story/`) or a path with the one query
 * parameter that named a post on the old site (`/?p=123`). Null when it is neither.
 */
export function fromKey(from: string): string | null {
  if (!from.startsWith('/') || from.startsWith('//')) return null
  const [pathname = '', query] = from.split('?', 2)
  if (query === undefined) return redirectKey(pathname)
  const parameters = new URLSearchParams(query)
  const entries = [...parameters]
  const [only] = entries
  const names: readonly string[] = ID_PARAMETERS
  if (entries.length !== 1 || !only || !names.includes(only[0])) return null
  return queryKey(pathname, only[0], only[1])
}

const isTarget = (to: string) => /^\/(?!\/)/.test(to) || /^https:\/\/[^/]/.test(to)

/**
 * Reads content/redirects.yml: a list of `from:` (an old path on this site's address) and `to:` (a path of
 * the site, or an https address elsewhere). Every mistake in the file's own terms is a problem with its
 * line; whether each target exists, and chains, are checked against the content (lib/checks/redirects.ts).
 */
export function parseRedirects(text: string): { redirects: HandRedirect[]; problems: FileProblem[] } {
  const { doc, lineAt, problems } = parseYamlFile(text)
  if (problems.length > 0) return { redirects: [], problems }
  if (doc.contents === null) return { redirects: [], problems }
  if (!isSeq(doc.contents)) {
    return {
      redirects: [],
      problems: [{ line: 1, message: 'List the redirects, one entry each starting with "- from:" and then "to:".' }],
    }
  }
  const redirects: HandRedirect[] = []
  const seen = new Map<string, number | undefined>()
  for (const item of doc.contents.items) {
    const line = lineAt(isMap(item) || isScalar(item) ? item.range?.[0] : undefined)
    if (!isMap(item)) {
      problems.push({ line, message: 'Each redirect is an entry with "from:" and "to:" lines.' })
      continue
    }
    const fields = new Map<string, unknown>()
    const lines = new Map<string, number | undefined>()
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      lines.set(key, lineAt(isScalar(pair.key) ? pair.key.range?.[0] : undefined))
      if (key !== 'from' && key !== 'to') {
        problems.push({
          line: lineAt(isScalar(pair.key) ? pair.key.range?.[0] : undefined),
          message: `"${key}" is not a redirect field. A redirect has from: and to:.`,
        })
        continue
      }
      fields.set(key, isScalar(pair.value) ? pair.value.value : pair.value)
    }
    const from = fields.get('from')
    const to = fields.get('to')
    if (typeof from !== 'string' || typeof to !== 'string') {
      problems.push({ line, message: 'A redirect needs both from: (the old path) and to: (where it goes now).' })
      continue
    }
    const key = fromKey(from.trim())
    if (key === null) {
      problems.push({
        line,
        message: `from: ${from} must be a path of this site's address, e.g. /2014/07/old-story/ (or /?p=123 for an old post's number).`,
      })
      continue
    }
    if (!isTarget(to.trim())) {
      problems.push({
        line: lines.get('to') ?? line,
        message: `to: ${to} must be a path of the site, e.g. /posts/new-story, or an https:// address.`,
      })
      continue
    }
    if (seen.has(key)) {
      problems.push({ line, message: `${from} is redirected twice: here and on line ${seen.get(key) ?? '?'}. Keep one.` })
      continue
    }
    seen.set(key, line)
    redirects.push({ from: key, to: to.trim(), line, toLine: lines.get('to') })
  }
  return { redirects, problems }
}

/** The editors' redirects, or none when the file does not exist; throws with the check's words on a mistake. */
export function readRedirects(root: string, contentDir: string): HandRedirect[] {
  const file = path.join(contentDir, REDIRECTS_FILE)
  if (!existsSync(path.join(root, file))) return []
  const { redirects, problems } = parseRedirects(readFileSync(path.join(root, file), 'utf8'))
  if (problems.length > 0) throw fileProblemsError(file, problems)
  return redirects
}

/**
 * The one table proxy.ts reads: every import's redirects, then the editors' (an editor's redirect of an
 * old address wins over an import's), each imported target followed through an editor's redirect of it
 * (an imported story renamed since), so every answer is one hop.
 */
export function redirectTable(hand: readonly HandRedirect[], imported: readonly (readonly [string, string])[]): RedirectTable {
  const byHand = new Map(hand.map((redirect) => [redirect.from, redirect.to]))
  const table = new Map<string, string>()
  for (const [from, to] of imported) table.set(from, byHand.get(redirectKey(to)) ?? to)
  for (const [from, to] of byHand) table.set(from, to)
  return [...table].filter(([from, to]) => from !== redirectKey(to)).sort(byFrom)
}

/** The table from the files under `<root>/<contentDir>`, for the content build. */
export function readRedirectTable(root: string, contentDir: string): RedirectTable {
  return redirectTable(
    readRedirects(root, contentDir),
    readImportManifests(root, contentDir).flatMap(({ manifest }) => manifest.redirects),
  )
}
