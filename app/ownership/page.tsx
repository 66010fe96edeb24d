import { sitePageRoute } from '@/components/site-page-route'

// content/pages/ownership.mdx (lib/content/site-pages.ts)
const route = sitePageRoute('ownership')

export const generateMetadata = route.generateMetadata
export default route.Page
