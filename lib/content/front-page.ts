/** A story editors chose for the front page, by its slug, and when it drops back into the river (ISO 8601). */
export type FrontPageChoice = { story: string; until?: string }
/** What editors chose in content/front-page.yml (lib/content/front-page-file.ts): the lead and the top stories. */
export type FrontPage = { lead: FrontPageChoice | null; top: FrontPageChoice[] }

/** How many top stories the front page shows under its lead. */
export const TOP_STORIES = 3
/** How many of its newest stories each section's row shows. */
export const SECTION_STORIES = 3

/** The slugs of the stories still chosen at `now`: each drops back into the river at its `until`, no deploy needed. */
export function standingChoices(front: FrontPage, now: Date): { lead: string | null; top: string[] } {
  const standing = (choice: FrontPageChoice) => choice.until === undefined || Date.parse(choice.until) > now.getTime()
  return {
    lead: front.lead && standing(front.lead) ? front.lead.story : null,
    top: front.top.filter(standing).map((choice) => choice.story),
  }
}

type Story = { slug: string }

/**
 * The front page's lead and top stories from what editors chose and the newest stories: the chosen lead if a
 * reader may see it now, else the newest story; the chosen top stories, then the newest not shown yet,
 * `topCount` in all. `visible` holds the chosen stories a reader may see now (a draft on production, or a story
 * not yet live, is not there). `shown` is every story placed, which the section rows below leave out.
 */
export function composeFrontPage<P extends Story>({
  chosen,
  visible,
  newest,
  topCount,
}: {
  chosen: { lead: string | null; top: string[] }
  visible: readonly P[]
  newest: readonly P[]
  topCount: number
}): { lead: P | undefined; top: P[]; shown: Set<string> } {
  const bySlug = new Map(visible.map((post) => [post.slug, post]))
  const lead = (chosen.lead === null ? undefined : bySlug.get(chosen.lead)) ?? newest[0]
  const shown = new Set(lead ? [lead.slug] : [])
  const top: P[] = []
  for (const post of [...chosen.top.flatMap((slug) => bySlug.get(slug) ?? []), ...newest]) {
    if (top.length === topCount) break
    if (shown.has(post.slug)) continue
    shown.add(post.slug)
    top.push(post)
  }
  return { lead, top, shown }
}
