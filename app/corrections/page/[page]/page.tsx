import { correctionsRoute } from '@/components/corrections-route'

// /corrections/page/<n> (components/corrections-route.tsx); proxy.ts answers a page past the end with the 404 page.
const route = correctionsRoute(({ page }) => page)

export const generateStaticParams = () => []
export const generateMetadata = route.generateMetadata
export default route.Page
