import { sitePageRoute } from '@/components/site-page-route'

// content/pages/contact.mdx (lib/content/site-pages.ts)
const route = sitePageRoute('contact')

export const generateMetadata = route.generateMetadata
export default route.Page
