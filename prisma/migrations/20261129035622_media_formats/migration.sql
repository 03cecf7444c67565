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
    CONSTRAINT "Media_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Media" ("alt", "caption", "createdAt", "credit", "fileKey", "height", "id", "mimeType", "originalName", "sizeBytes", "uploadedById", "variants", "width") SELECT "alt", "caption", "createdAt", "credit", "fileKey", "height", "id", "mimeType", "originalName", "sizeBytes", "uploadedById", "variants", "width" FROM "Media";
DROP TABLE "Media";
ALTER TABLE "new_Media" RENAME TO "Media";
CREATE UNIQUE INDEX "Media_fileKey_key" ON "Media"("fileKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

