import { Masthead } from '@/components/masthead'
import { sitePageRoute } from '@/components/site-page-route'

// content/pages/masthead.mdx, then the people of content/authors (lib/content/site-pages.ts)
const route = sitePageRoute('masthead', Masthead)

export const generateMetadata = route.generateMetadata
export default route.Page
