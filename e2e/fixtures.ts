// Test fixtures that make their own data in the e2e database and remove it
// afterwards, so specs never depend on each other.
import { randomBytes } from "node:crypto";
import { test as base, expect } from "@playwright/test";
import type { Role } from "@prisma/client";
import { createArticle } from "@/lib/articles/editing";
import { transition } from "@/lib/articles/workflow";
import { hashPassword } from "@/lib/auth/password";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { e2eDatabaseUrl } from "@/e2e/env";

// The password passes the rule for new passwords (lib/auth/password.ts): start-up checks ADMIN_PASSWORD.
export const ADMIN = { email: "admin@e2e.test", password: "harbour lights over the estuary" };

export type TestUser = { id: string; email: string; password: string; displayName: string; role: Role };

type Fixtures = {
  db: Db;
  users: { create(options?: { role?: Role; displayName?: string; disabled?: boolean }): Promise<TestUser> };
};

export const test = base.extend<Fixtures>({
  // The second argument, Playwright's `use` in its docs, is called `provide`
  // here: React's lint rules would take a call to `use` for React's hook.
  db: async ({}, provide) => {
    const db = createPrismaClient(resolveDatabaseUrl(e2eDatabaseUrl()));
    await provide(db);
    await db.$disconnect();
  },
  users: async ({ db }, provide) => {
    const created: string[] = [];
    await provide({
      async create({ role = "REPORTER", displayName = `Test ${role.toLowerCase()}`, disabled = false } = {}) {
        const password = randomBytes(12).toString("base64url");
        const email = `${role.toLowerCase()}-${randomBytes(4).toString("hex")}@e2e.test`;
        const user = await db.user.create({
          data: { email, displayName, role, passwordHash: await hashPassword(password), disabledAt: disabled ? new Date() : null },
        });
        created.push(user.id);
        return { id: user.id, email, password, displayName, role };
      },
    });
    await db.user.deleteMany({ where: { id: { in: created } } });
  },
});

/** A story of its own for a test that changes or counts it, published through the workflow by the admin. */
export async function publishedStory(db: Db, title: string) {
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
  const me = { id: admin.id, role: admin.role, displayName: admin.displayName, penName: null };
  const id = await createArticle(db, me, { title, lead: "A short lead for the reader tests." });
  await transition(db, me, { articleId: id, action: "submit" });
  await transition(db, me, { articleId: id, action: "publish" });
  return db.article.findUniqueOrThrow({ where: { id }, include: { section: true } });
}

export { expect };
