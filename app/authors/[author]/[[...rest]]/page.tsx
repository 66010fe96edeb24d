import { listRoute } from '@/components/list-route'

// A byline's articles: /authors/<author> and /authors/<author>/page/<n> (lib/content/list-routes.ts).
const route = listRoute(({ author, rest = [] }: { author: string; rest?: string[] }) => ['authors', author, ...rest])

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
