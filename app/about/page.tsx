import { sitePageRoute } from '@/components/site-page-route'

// content/pages/about.mdx (lib/content/site-pages.ts)
const route = sitePageRoute('about')

export const generateMetadata = route.generateMetadata
export default route.Page
