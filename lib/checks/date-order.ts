import type { ContentProblem } from './problems'
import { isoInZone, parseFrontMatterDate } from '../dates'

/**
 * The dates an article carries must tell one story: nothing is updated or
 * corrected before the article was published, and `updated`, when given, is
 * not older than an update note it should include. Readers would otherwise
 * see an impossible timeline on the page, in feeds and in JSON-LD.
 *
 * Runs once each date is known to be a date (lib/checks/front-matter.ts).
 */

type Dated = { what: string; text: string; line: number | undefined }

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text)
/** The newsroom's calendar day of a front-matter date. */
const dayOf = (text: string) => (isDay(text) ? text : isoInZone(parseFrontMatterDate(text)).slice(0, 10))

/** True when `a` comes before `b`; a date written as a day is compared with the other by day. */
function before(a: string, b: string): boolean {
  if (isDay(a) || isDay(b)) return dayOf(a) < dayOf(b)
  return Date.parse(parseFrontMatterDate(a)) < Date.parse(parseFrontMatterDate(b))
}

const at = (dated: Dated) => `${dated.what} (${dated.text}${dated.line ? `, line ${dated.line}` : ''})`

export function checkDateOrder(
  file: string,
  data: Record<string, unknown>,
  keyLines: Map<string, number>,
): ContentProblem[] {
  if (typeof data.date !== 'string') return []
  const published: Dated = { what: 'the publication date', text: data.date, line: keyLines.get('date') }
  const updated: Dated | null =
    typeof data.updated === 'string' ? { what: '"updated"', text: data.updated, line: keyLines.get('updated') } : null
  const notes = (Array.isArray(data.corrections) ? data.corrections : []).flatMap((note: unknown, i) =>
    typeof note === 'object' && note !== null && 'date' in note && typeof note.date === 'string'
      ? [
          {
            what: `note ${i + 1} under "corrections"`,
            kind: 'kind' in note ? note.kind : undefined,
            text: note.date,
            line: keyLines.get(`corrections.${i}.date`),
          },
        ]
      : [],
  )
  const problems: ContentProblem[] = []
  const disagree = (later: Dated, earlier: Dated, why: string) =>
    problems.push({
      file,
      line: later.line,
      message: `${capitalize(at(later))} is before ${at(earlier)}: ${why} Check which of the two dates is wrong.`,
    })
  if (updated && before(updated.text, published.text))
    disagree(updated, published, 'an article cannot be updated before it is published.')
  for (const note of notes) {
    if (before(note.text, published.text))
      disagree(note, published, 'a correction, clarification or update cannot come before the article it changes.')
  }
  if (updated) {
    for (const note of notes) {
      if (note.kind === 'update' && before(updated.text, note.text))
        disagree(
          updated,
          note,
          '"updated" says when the article last had news added, so it cannot be older than an update note.',
        )
    }
  }
  return problems
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
