import { listRoute } from '@/components/list-route'
import { getEventualSections } from '@/lib/content/posts'

// A section's articles: /sections/<section> and /sections/<section>/page/<n> (lib/content/list-routes.ts).
const route = listRoute(({ section, rest = [] }: { section: string; rest?: string[] }) => [
  'sections',
  section,
  ...rest,
])

// Every section's first page is prerendered; proxy.ts answers a section this content does not have with the
// 404 page. (`dynamicParams = false` sent such paths to Next's own 404, which fails on an RSC request for a
// page rendered on request, as the 404 page is: `/sections/policy.rsc` answered 500.)
export async function generateStaticParams() {
  return (await getEventualSections()).map((section) => ({ section, rest: [] }))
}

export const generateMetadata = route.generateMetadata
export default route.Page
