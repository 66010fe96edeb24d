import type { ArticleVersion } from '@/lib/content/history'
import { compareVersions } from '@/lib/history/word-diff'

type VersionChangesProps = { older: ArticleVersion; newer: ArticleVersion }

const words = (version: ArticleVersion) => [version.title, version.summary, ...version.blocks]

/**
 * What changed between two versions, in words: changed paragraphs with
 * removed words struck through and added ones underlined (said in words to
 * screen readers too), unchanged ones folded into a count. Server-rendered.
 */
export function VersionChanges({ older, newer }: VersionChangesProps) {
  const blocks = compareVersions(words(older), words(newer))
  if (blocks.every((block) => block.kind === 'same')) {
    return <p className="text-stone-700 dark:text-stone-200">No change to the text.</p>
  }
  return (
    <div className="space-y-3 font-serif">
      {blocks.map((block, i) =>
        block.kind === 'same' ? (
          <p key={i} className="text-sm text-stone-600 italic dark:text-stone-300">
            {block.count === 1 ? '1 paragraph unchanged' : `${block.count} paragraphs unchanged`}
          </p>
        ) : (
          <p key={i}>
            {block.parts.map((part, j) =>
              part.change === 'removed' ? (
                <del key={j} className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100">
                  <span className="sr-only">[removed: </span>
                  {part.text}
                  <span className="sr-only">]</span>
                </del>
              ) : part.change === 'added' ? (
                <ins key={j} className="bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100">
                  <span className="sr-only">[added: </span>
                  {part.text}
                  <span className="sr-only">]</span>
                </ins>
              ) : (
                <span key={j}>{part.text}</span>
              ),
            )}
          </p>
        ),
      )}
    </div>
  )
}
