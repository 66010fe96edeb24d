import { listRoute } from '@/components/list-route'
import { topicsRoute } from '@/components/topics-route'

type Params = { tag: string; rest?: string[] }
type Props = { params: Promise<Params> }

// A topic's articles: /tags/<tag> and /tags/<tag>/page/<n> (lib/content/list-routes.ts); and the topics
// index's later pages, /tags/page/<n> (components/topics-route.tsx), which have the same shape.
const segments = ({ tag, rest = [] }: Params) => ['tags', tag, ...rest]
const route = listRoute(segments)
const topics = topicsRoute(segments)

export const generateStaticParams = route.generateStaticParams

export async function generateMetadata(props: Props) {
  return (await topics.isTopics(props.params)) ? topics.generateMetadata(props) : route.generateMetadata(props)
}

export default async function TopicPage(props: Props) {
  return (await topics.isTopics(props.params)) ? <topics.Page {...props} /> : <route.Page {...props} />
}
