import { sitePageRoute } from '@/components/site-page-route'

// content/pages/corrections-policy.mdx (lib/content/site-pages.ts)
const route = sitePageRoute('corrections-policy')

export const generateMetadata = route.generateMetadata
export default route.Page
