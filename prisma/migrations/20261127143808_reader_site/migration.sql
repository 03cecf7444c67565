-- AlterTable
ALTER TABLE "Article" ADD COLUMN "liveUpdatedAt" DATETIME;

-- CreateTable
CREATE TABLE "Correction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Correction_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Correction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SlugRedirect" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sectionSlug" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SlugRedirect_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SearchKey" (
    "rowId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" TEXT NOT NULL,
    CONSTRAINT "SearchKey_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Correction_articleId_createdAt_idx" ON "Correction"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "SlugRedirect_articleId_idx" ON "SlugRedirect"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "SlugRedirect_sectionSlug_slug_key" ON "SlugRedirect"("sectionSlug", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "SearchKey_articleId_key" ON "SearchKey"("articleId");


-- Full-text index of the live text of published articles, kept up to date by
-- lib/search/index.ts; row ids come from "SearchKey". The application folds
-- the text before storing it (lowercase, marks removed, đ → d) and folds
-- queries the same way, so "nghe an" finds "Nghệ An" whatever the tokenizer
-- knows.
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    "title",
    "lead",
    "body",
    tokenize = 'unicode61 remove_diacritics 2'
);

-- A deleted article (its SearchKey cascades away) leaves no text behind.
CREATE TRIGGER "SearchKey_delete_text" AFTER DELETE ON "SearchKey" BEGIN
    DELETE FROM "ArticleSearch" WHERE rowid = old."rowId";
END;
