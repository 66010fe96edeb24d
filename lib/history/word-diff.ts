import { diffArrays, diffWordsWithSpace } from 'diff'

/**
 * What changed between two versions of an article, in words: blocks
 * (paragraphs, headings, list items) are matched first, then the words of a
 * changed block are compared, so a one-word fix shows as one word, and long
 * unchanged stretches fold into a count.
 */
export type Change = 'added' | 'removed' | null
export type DiffPart = { text: string; change: Change }
export type DiffBlock = { kind: 'same'; count: number } | { kind: 'changed'; parts: DiffPart[] }

const whole = (text: string, change: Change): DiffBlock => ({ kind: 'changed', parts: [{ text, change }] })

/**
 * Joins a run of changes that only spaces separate ("~~to~~ with ~~the~~
 * instructions") into one removed phrase and one added phrase, which is how
 * a reader reads an edit.
 */
function coalesce(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  let removed = ''
  let added = ''
  // Unchanged spaces inside a run belong to both the old phrase and the new one.
  let spaceForRemoved = ''
  let spaceForAdded = ''
  const flush = () => {
    if (removed) out.push({ text: removed, change: 'removed' })
    if (added) out.push({ text: added, change: 'added' })
    removed = ''
    added = ''
  }
  for (const [i, part] of parts.entries()) {
    const inRun = removed !== '' || added !== ''
    const next = parts[i + 1]
    if (part.change === null && inRun && /^\s+$/.test(part.text) && next && next.change !== null) {
      spaceForRemoved = part.text
      spaceForAdded = part.text
      continue
    }
    if (part.change === 'removed') {
      removed += (removed ? spaceForRemoved : '') + part.text
      spaceForRemoved = ''
    } else if (part.change === 'added') {
      added += (added ? spaceForAdded : '') + part.text
      spaceForAdded = ''
    } else {
      flush()
      out.push({ text: part.text, change: null })
    }
  }
  flush()
  return out
}

function wordsOf(older: string, newer: string): DiffBlock {
  return {
    kind: 'changed',
    parts: coalesce(
      diffWordsWithSpace(older, newer).map((part) => ({
        text: part.value,
        change: part.added ? 'added' : part.removed ? 'removed' : null,
      })),
    ),
  }
}

export function compareVersions(older: readonly string[], newer: readonly string[]): DiffBlock[] {
  const blocks: DiffBlock[] = []
  let removed: string[] = []
  const flushRemoved = (added: string[]) => {
    const pairs = Math.min(removed.length, added.length)
    for (let i = 0; i < pairs; i++) blocks.push(wordsOf(removed[i] ?? '', added[i] ?? ''))
    for (const text of removed.slice(pairs)) blocks.push(whole(text, 'removed'))
    for (const text of added.slice(pairs)) blocks.push(whole(text, 'added'))
    removed = []
  }
  for (const chunk of diffArrays([...older], [...newer])) {
    if (chunk.removed) {
      removed.push(...chunk.value)
    } else if (chunk.added) {
      flushRemoved(chunk.value)
    } else {
      flushRemoved([])
      blocks.push({ kind: 'same', count: chunk.value.length })
    }
  }
  flushRemoved([])
  return blocks
}

/** True when the two versions read the same. */
export function sameText(older: readonly string[], newer: readonly string[]): boolean {
  return older.length === newer.length && older.every((block, i) => block === newer[i])
}
