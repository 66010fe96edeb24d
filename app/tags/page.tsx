import { topicsRoute } from '@/components/topics-route'

// /tags: the most used topics (components/topics-route.tsx); its later pages are app/tags/[tag]/[[...rest]]'s.
const route = topicsRoute(() => ['tags'])

export const generateMetadata = route.generateMetadata
export default route.Page
