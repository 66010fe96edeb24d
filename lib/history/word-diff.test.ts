import { describe, expect, it } from 'vitest'
import { compareVersions } from './word-diff'

const show = (older: string[], newer: string[]) =>
  compareVersions(older, newer).map((block) =>
    block.kind === 'same'
      ? `(${block.count} same)`
      : block.parts
          .map((p) => (p.change === 'removed' ? `[-${p.text}-]` : p.change === 'added' ? `{+${p.text}+}` : p.text))
          .join(''),
  )

describe('compareVersions', () => {
  it('shows a one-word fix as one word, and folds unchanged paragraphs into a count', () => {
    expect(show(['Judge Preskа ruled.', 'Second.', 'Third.'], ['Judge Preska ruled.', 'Second.', 'Third.'])).toEqual([
      'Judge [-Preskа-]{+Preska+} ruled.',
      '(2 same)',
    ])
  })

  it('reads a rewritten phrase as one removed phrase and one added phrase, not word by word', () => {
    expect(
      show(['sent it back to the lower courts.'], ['sent the case back with instructions to dismiss it.']),
    ).toEqual(['sent [-it-]{+the case +}back [-to the lower courts-]{+with instructions to dismiss it+}.'])
  })

  it('shows added and removed paragraphs whole', () => {
    expect(show(['One.', 'Two.'], ['One.', 'Two.', 'Three, new.'])).toEqual(['(2 same)', '{+Three, new.+}'])
    expect(show(['One.', 'Gone.', 'Two.'], ['One.', 'Two.'])).toEqual(['(1 same)', '[-Gone.-]', '(1 same)'])
  })
})
