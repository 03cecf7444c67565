-- AlterTable
ALTER TABLE "Media" ADD COLUMN     "formats" TEXT NOT NULL DEFAULT 'webp';

