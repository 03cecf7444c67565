-- AlterTable
ALTER TABLE "User" ADD COLUMN "language" TEXT;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "language" TEXT;
ALTER TABLE "Article" ADD COLUMN "translationGroupId" TEXT;

-- CreateIndex
CREATE INDEX "Article_translationGroupId_idx" ON "Article"("translationGroupId");

