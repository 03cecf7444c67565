// Loaded with `node --import` before Sapo's server (scripts/start.ts): lets
// the reader site, which runs in this process outside Next.js, import the
// data layer. Those modules start with `import "server-only"`, which throws
// anywhere but inside React's server bundle; here everything is server code,
// so the hook below resolves it to the package's empty module, as Next.js's
// "react-server" condition does.
import { register } from "node:module";

register("./server-only.mjs", import.meta.url);
