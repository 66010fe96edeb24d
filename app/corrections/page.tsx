import { correctionsRoute } from '@/components/corrections-route'

// /corrections: the newest notes; later pages are app/corrections/page/[page].
const route = correctionsRoute(() => undefined)

export const generateMetadata = route.generateMetadata
export default route.Page
