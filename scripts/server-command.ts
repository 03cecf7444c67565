// The arguments Node needs to run Sapo's server (scripts/server.ts): tsx for
// its TypeScript and `@/` imports, and the hook that lets its reader site
// load the data layer (scripts/hooks/). Shared by `npm start`
// (scripts/start.ts) and the e2e test that starts a second instance.
export function serverNodeArgs({ dev = false }: { dev?: boolean } = {}): string[] {
  return ["--import", "tsx", "--import", "./scripts/hooks/register.mjs", "scripts/server.ts", ...(dev ? ["--dev"] : [])];
}
