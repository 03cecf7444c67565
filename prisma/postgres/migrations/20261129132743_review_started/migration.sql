-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "reviewStartedAt" TIMESTAMP(3);

