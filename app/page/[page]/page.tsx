import { listRoute } from '@/components/list-route'

// The home page's later pages, /page/<n>; its first page is the front page (app/page.tsx).
const route = listRoute(({ page }: { page: string }) => ['page', page])

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
