// npm run new-post -- "Headline of the article"
// Creates content/posts/<slug>.mdx as a draft with today's date.
import { createPost } from '../lib/checks/new-post'
import { contentDir } from '../lib/content/schema'

const headline = process.argv.slice(2).join(' ')
try {
  const file = await createPost(process.cwd(), headline, new Date(), contentDir)
  console.log(`Created ${file} (a draft). Run npm run dev and open it from the home page.`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
