// Types for the part of madge's API that tests use (madge ships none): the
// dependency graph of some files and the import cycles in it.
declare module "madge" {
  export type MadgeConfig = { fileExtensions?: string[]; tsConfig?: string | object; baseDir?: string };
  export type MadgeResult = { circular(): string[][]; obj(): Record<string, string[]> };
  export default function madge(path: string | string[], config?: MadgeConfig): Promise<MadgeResult>;
}
