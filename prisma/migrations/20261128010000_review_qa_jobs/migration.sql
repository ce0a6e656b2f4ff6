-- Trigram indexes (substring search for names) and full-text search need these.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "finding_status" AS ENUM ('open', 'confirmed', 'dismissed');

-- CreateEnum
CREATE TYPE "glossary_kind" AS ENUM ('term', 'role_reversal');

-- CreateEnum
CREATE TYPE "job_status" AS ENUM ('queued', 'running', 'succeeded', 'failed');

-- AlterTable
ALTER TABLE "documents" ADD COLUMN "disabled_checks" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "issues" ADD COLUMN "finding_id" UUID;

-- CreateTable
CREATE TABLE "findings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "document_id" UUID NOT NULL,
    "segment_id" UUID NOT NULL,
    "check_id" TEXT NOT NULL,
    "category" "mqm_category" NOT NULL,
    "severity" "severity" NOT NULL,
    "message" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "segment_version" INTEGER NOT NULL,
    "source_start" INTEGER,
    "source_end" INTEGER,
    "target_start" INTEGER,
    "target_end" INTEGER,
    "status" "finding_status" NOT NULL DEFAULT 'open',
    "reviewed_by_id" TEXT,
    "reviewed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "findings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding_dismissals" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "document_id" UUID NOT NULL,
    "check_id" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "dismissed_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finding_dismissals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "glossary_entries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "document_id" UUID,
    "kind" "glossary_kind" NOT NULL,
    "source_term" TEXT NOT NULL,
    "target_terms" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "pattern" JSONB,
    "note" TEXT NOT NULL DEFAULT '',
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "glossary_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_jobs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "status" "job_status" NOT NULL DEFAULT 'queued',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "message" TEXT NOT NULL DEFAULT '',
    "error" TEXT,
    "document_id" UUID,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_throttles" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "window_started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(3),

    CONSTRAINT "sign_in_throttles_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "issues_finding_id_key" ON "issues"("finding_id");

-- CreateIndex
CREATE INDEX "segments_source_text_trgm_idx" ON "segments" USING GIN ("source_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "segments_current_text_trgm_idx" ON "segments" USING GIN ("current_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "findings_document_id_status_idx" ON "findings"("document_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "findings_segment_id_check_id_fingerprint_key" ON "findings"("segment_id", "check_id", "fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "finding_dismissals_document_id_check_id_fingerprint_key" ON "finding_dismissals"("document_id", "check_id", "fingerprint");

-- CreateIndex
CREATE INDEX "glossary_entries_document_id_idx" ON "glossary_entries"("document_id");

-- CreateIndex
CREATE INDEX "import_jobs_created_by_id_created_at_idx" ON "import_jobs"("created_by_id", "created_at");

-- AddForeignKey
ALTER TABLE "issues" ADD CONSTRAINT "issues_finding_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "findings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_segment_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "segments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_dismissals" ADD CONSTRAINT "finding_dismissals_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_dismissals" ADD CONSTRAINT "finding_dismissals_dismissed_by_id_fkey" FOREIGN KEY ("dismissed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "glossary_entries" ADD CONSTRAINT "glossary_entries_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "glossary_entries" ADD CONSTRAINT "glossary_entries_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Beyond what schema.prisma can say --------------------------------------------------------

-- Full-text search in each language's own configuration (the workspace's text filter).
CREATE INDEX "segments_source_text_fts_idx" ON "segments" USING GIN (to_tsvector('french', "source_text"));
CREATE INDEX "segments_current_text_fts_idx" ON "segments" USING GIN (to_tsvector('english', "current_text"));

-- Finding spans, like issue spans, are both ends or neither and never backwards.
ALTER TABLE "findings" ADD CONSTRAINT "findings_target_span_check" CHECK (("target_start" IS NULL) = ("target_end" IS NULL) AND ("target_start" IS NULL OR (0 <= "target_start" AND "target_start" <= "target_end")));
ALTER TABLE "findings" ADD CONSTRAINT "findings_source_span_check" CHECK (("source_start" IS NULL) = ("source_end" IS NULL) AND ("source_start" IS NULL OR (0 <= "source_start" AND "source_start" <= "source_end")));
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_progress_check" CHECK ("progress" >= 0 AND "progress" <= 1);
