// An API key as the newsroom shows it: never its secret or the secret's
// hash, only the prefix that names it. Scopes are stored as a JSON array
// (SQLite has no array type); reading them keeps only scopes this version
// knows, so a scope renamed or dropped later grants nothing.
import type { ApiKey } from "@prisma/client";
import { API_SCOPES, type ApiScope } from "@/lib/api/schemas";

export type ApiKeyView = {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
  createdByName: string | null;
};

export function parseScopes(stored: string): ApiScope[] {
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return [];
  }
  return Array.isArray(value) ? API_SCOPES.filter((s) => value.includes(s)) : [];
}

type Row = Omit<ApiKey, "secretHash" | "createdById"> & { createdBy: { displayName: string } | null };

export function apiKeyView(row: Row): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: parseScopes(row.scopes),
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
    createdAt: row.createdAt,
    createdByName: row.createdBy?.displayName ?? null,
  };
}

/** What to select for a view: everything but the hash. */
export const API_KEY_VIEW_SELECT = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  createdAt: true,
  createdBy: { select: { displayName: true } },
} as const;
