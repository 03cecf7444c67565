import { listingRoute } from "@/components/site/listings";

// Rendered on first request, cached, and regenerated in the background at most
// every 60 s, and at once on live changes: publishing shows within seconds, without a rebuild.
export const revalidate = 60;
export const generateStaticParams = () => [];

const route = listingRoute("tag", "slug");
export const generateMetadata = route.generateMetadata;
export default route.Page;
