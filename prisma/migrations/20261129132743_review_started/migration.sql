-- AlterTable
ALTER TABLE "Article" ADD COLUMN "reviewStartedAt" DATETIME;

