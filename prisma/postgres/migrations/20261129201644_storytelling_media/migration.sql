-- AlterTable
ALTER TABLE "Media" ADD COLUMN     "crops" TEXT NOT NULL DEFAULT '{}',
ADD COLUMN     "durationSeconds" DOUBLE PRECISION,
ADD COLUMN     "focalX" DOUBLE PRECISION,
ADD COLUMN     "focalY" DOUBLE PRECISION,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'image',
ADD COLUMN     "language" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "renditionKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "renditions" TEXT NOT NULL DEFAULT '{}';

-- CreateIndex
CREATE INDEX "Media_kind_createdAt_idx" ON "Media"("kind", "createdAt");

