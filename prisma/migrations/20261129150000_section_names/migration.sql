-- AlterTable
ALTER TABLE "Section" ADD COLUMN "names" TEXT NOT NULL DEFAULT '{}';
