/** What a search's status line says once it has its results, the same whichever store answered. */
export function searchAnnouncement(
  query: { q: string; section: string; tag: string },
  count: number,
  leftOut: readonly string[] = [],
): string {
  const matches = `${count === 0 ? 'No' : count} ${count === 1 ? 'article matches' : 'articles match'}`
  const scope = `${query.section ? ` in ${query.section}` : ''}${query.tag ? ` about ${query.tag}` : ''}`
  const common = leftOut.length > 0 ? ` Left out as too common: ${leftOut.map((word) => `“${word}”`).join(', ')}.` : ''
  return `${matches} “${query.q}”${scope}.${common}`
}
