// Types of scripts/generate-clients.mjs (plain JavaScript: it runs right after
// `npm ci`, before anything is compiled), for the tests that import it.
export type ClientSpec = { schema: string; provider: string; databaseUrl: string; output: string };
export declare const CLIENTS: ClientSpec[];
export declare function schemaProvider(file: string): string | null;
export declare function generateCommands(
  env?: Record<string, string | undefined>,
  root?: string,
): { command: string; args: string[]; env: Record<string, string | undefined> }[];
export declare function staleClients(root?: string): string[];
