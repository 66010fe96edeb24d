import type { correctionKinds } from './schema'
import { latest } from '../dates'

/**
 * Corrections, clarifications and updates from an article's front matter,
 * read the same way by its page, the feeds, JSON-LD and /corrections.
 */
export type CorrectionKind = (typeof correctionKinds)[number]
export type CorrectionNote = { date: string; kind: CorrectionKind; text: string }
type Corrected = { date: string; updated?: string; corrections: readonly CorrectionNote[] }

export const correctionLabels: Record<CorrectionKind, string> = {
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
}

const newestFirst = (a: CorrectionNote, b: CorrectionNote) => Date.parse(b.date) - Date.parse(a.date)

/** Corrections and clarifications, newest first: readers meet them before the text they change. */
export function notesAbove(post: Corrected): CorrectionNote[] {
  return post.corrections.filter((note) => note.kind !== 'update').toSorted(newestFirst)
}

/** Updates, oldest first, read after the story as it was first told. */
export function notesBelow(post: Corrected): CorrectionNote[] {
  return post.corrections.filter((note) => note.kind === 'update').toSorted((a, b) => newestFirst(b, a))
}

/** When the article last changed for readers: its `updated` date or its newest note, if either is later than publication. */
export function modifiedAt(post: Corrected): string | undefined {
  const changed = latest(post.updated, ...post.corrections.map((note) => note.date))
  return changed && Date.parse(changed) > Date.parse(post.date) ? changed : undefined
}

/** How long after a change the front page flags it. */
const RECENT_MS = 24 * 60 * 60 * 1000

/**
 * When the article changed, if that was in the day before `now` (and not after it): the front page says
 * "Updated 2:15 PM" on such a story, as newsrooms flag a developing one.
 */
export function recentChange(post: Corrected, now: Date): string | undefined {
  const changed = modifiedAt(post)
  const age = changed === undefined ? Infinity : now.getTime() - Date.parse(changed)
  return age >= 0 && age <= RECENT_MS ? changed : undefined
}

/** The note's anchor on its article's page, stable while notes are only added: #note-1 is the first one written. */
export function noteAnchor(post: Corrected, note: CorrectionNote): string {
  return `note-${post.corrections.indexOf(note) + 1}`
}

const versionKinds: Record<CorrectionKind, string> = {
  correction: 'Corrected',
  clarification: 'Clarified',
  update: 'Updated',
}

/**
 * What a history page says of a version, in readers' words: "First published", or what its notes
 * say happened ("Corrected and updated"), or "Edited" for a change that came with no note (a typo fix).
 */
export function versionLabel(version: { notes: readonly CorrectionNote[] }, first: boolean): string {
  if (first) return 'First published'
  const kinds = [...new Set(version.notes.map((note) => note.kind))].map((kind) => versionKinds[kind])
  if (kinds.length === 0) return 'Edited'
  const words = kinds.map((kind, i) => (i === 0 ? kind : kind.toLowerCase()))
  return words.length === 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}
