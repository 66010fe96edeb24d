import { listRoute } from '@/components/list-route'

// A topic's articles: /tags/<tag> and /tags/<tag>/page/<n> (lib/content/list-routes.ts).
const route = listRoute(({ tag, rest = [] }: { tag: string; rest?: string[] }) => ['tags', tag, ...rest])

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
