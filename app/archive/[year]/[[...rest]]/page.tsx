import { listRoute } from '@/components/list-route'

// A year's or a month's articles: /archive/<yyyy>, /archive/<yyyy>/<mm>, each with /page/<n> (lib/content/list-routes.ts).
const route = listRoute(({ year, rest = [] }: { year: string; rest?: string[] }) => ['archive', year, ...rest])

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
