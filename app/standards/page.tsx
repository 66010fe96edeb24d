import { sitePageRoute } from '@/components/site-page-route'

// content/pages/standards.mdx (lib/content/site-pages.ts)
const route = sitePageRoute('standards')

export const generateMetadata = route.generateMetadata
export default route.Page
