// next-auth configuration: email + password sign-in, sessions in a signed,
// HttpOnly cookie. The cookie only names the user; every request re-reads the
// user from the database (lib/auth/session.ts), so disabling someone or
// changing their role takes effect at once. The password (and, with
// two-factor sign-in, the code) is checked by the sign-in route before
// next-auth runs (lib/auth/sign-in.ts); authorize() only reads the outcome.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordSignOut } from "@/lib/auth/ended-sessions";
import { authSecret } from "@/lib/collab/session";
import { decidedSignIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}

declare module "next-auth" {
  interface Session {
    uid?: string;
    sv?: number;
  }
}

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        code: { label: "Code", type: "text" },
      },
      async authorize() {
        const decided = decidedSignIn();
        if (decided?.outcome === "signed-in") {
          const { user } = decided;
          return { id: user.id, email: user.email, name: user.name, sv: user.sessionVersion };
        }
        // Becomes ?error=second-factor (or expired) in the answer, for the login form's next step.
        if (decided?.outcome === "second-factor" || decided?.outcome === "expired") throw new Error(decided.outcome);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sv?: number }).sv ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      session.uid = token.uid;
      session.sv = token.sv;
      return session;
    },
  },
  events: {
    // Live connections opened with this session close within seconds (lib/auth/ended-sessions.ts).
    async signOut({ token }) {
      await recordSignOut(db, token);
    },
  },
};
