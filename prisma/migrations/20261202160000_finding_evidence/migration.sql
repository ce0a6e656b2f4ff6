-- AlterTable: the aligned words behind a meaning check's finding (lib/qa/types.ts Evidence).
ALTER TABLE "findings" ADD COLUMN "evidence" JSONB;
