-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Media" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fileKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "variants" TEXT NOT NULL,
    "formats" TEXT NOT NULL DEFAULT 'webp',
    "sizeBytes" INTEGER NOT NULL,
    "alt" TEXT NOT NULL DEFAULT '',
    "caption" TEXT NOT NULL DEFAULT '',
    "credit" TEXT NOT NULL DEFAULT '',
    "uploadedById" TEXT,
    "originalName" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL DEFAULT 'image',
    "focalX" REAL,
    "focalY" REAL,
    "crops" TEXT NOT NULL DEFAULT '{}',
    "renditionKey" TEXT NOT NULL DEFAULT '',
    "renditions" TEXT NOT NULL DEFAULT '{}',
    "durationSeconds" REAL,
    "language" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Media_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Media" ("alt", "caption", "createdAt", "credit", "fileKey", "formats", "height", "id", "mimeType", "originalName", "sizeBytes", "uploadedById", "variants", "width") SELECT "alt", "caption", "createdAt", "credit", "fileKey", "formats", "height", "id", "mimeType", "originalName", "sizeBytes", "uploadedById", "variants", "width" FROM "Media";
DROP TABLE "Media";
ALTER TABLE "new_Media" RENAME TO "Media";
CREATE UNIQUE INDEX "Media_fileKey_key" ON "Media"("fileKey");
CREATE INDEX "Media_kind_createdAt_idx" ON "Media"("kind", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

