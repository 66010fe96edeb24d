/** A content problem as editors see it: file, line and what to do; and how it is printed and read back. */

export type ContentProblem = {
  /** Path from the project root, e.g. content/posts/foo.mdx. */
  file: string
  /** 1-based line in that file, where one applies. */
  line?: number
  message: string
}

/** One line a problem, as `file:line: message`, which editors and terminals make clickable. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`)
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
  return `Content check failed, ${count}:\n${lines.join('\n')}`
}

/** Reads problems written by the content check, keeping only well-formed entries. */
export function parseProblems(value: unknown): ContentProblem[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return []
    if (!('file' in item) || !('message' in item)) return []
    const { file, message } = item
    if (typeof file !== 'string' || typeof message !== 'string') return []
    const line = 'line' in item && typeof item.line === 'number' ? item.line : undefined
    return [{ file, message, ...(line ? { line } : {}) }]
  })
}
