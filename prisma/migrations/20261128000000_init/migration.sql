-- CreateEnum
CREATE TYPE "role" AS ENUM ('translator', 'editor', 'admin');

-- CreateEnum
CREATE TYPE "segment_status" AS ENUM ('unreviewed', 'flagged', 'corrected', 'approved');

-- CreateEnum
CREATE TYPE "side" AS ENUM ('source', 'target');

-- CreateEnum
CREATE TYPE "mqm_category" AS ENUM ('terminology', 'accuracy_mistranslation', 'accuracy_omission', 'accuracy_addition', 'accuracy_untranslated', 'linguistic_grammar', 'linguistic_spelling', 'linguistic_punctuation', 'style', 'locale_conventions', 'audience_appropriateness', 'design_markup', 'source_issue', 'creative_reinterpretation');

-- CreateEnum
CREATE TYPE "severity" AS ENUM ('neutral', 'minor', 'major', 'critical');

-- CreateEnum
CREATE TYPE "issue_status" AS ENUM ('open', 'resolved', 'dismissed');

-- CreateEnum
CREATE TYPE "suggestion_status" AS ENUM ('pending', 'approved', 'approved_with_edits', 'rejected', 'withdrawn');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email_verified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "role" NOT NULL DEFAULT 'translator',
    "banned" BOOLEAN NOT NULL DEFAULT false,
    "ban_reason" TEXT,
    "ban_expires" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "impersonated_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "password" TEXT,
    "access_token" TEXT,
    "refresh_token" TEXT,
    "id_token" TEXT,
    "access_token_expires_at" TIMESTAMPTZ(3),
    "refresh_token_expires_at" TIMESTAMPTZ(3),
    "scope" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verifications" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "last_request" BIGINT NOT NULL,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "documents" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "source_language" TEXT NOT NULL DEFAULT 'fr',
    "target_language" TEXT NOT NULL DEFAULT 'en',
    "provenance" TEXT NOT NULL DEFAULT '',
    "source_leading" TEXT NOT NULL DEFAULT '',
    "target_leading" TEXT NOT NULL DEFAULT '',
    "seed_key" TEXT,
    "allow_self_approval" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" TEXT,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "segments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "document_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "source_text" TEXT NOT NULL,
    "published_text" TEXT NOT NULL,
    "current_text" TEXT NOT NULL,
    "source_separator" TEXT NOT NULL DEFAULT '',
    "target_separator" TEXT NOT NULL DEFAULT '',
    "source_breaks" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "target_breaks" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "kind" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "status" "segment_status" NOT NULL DEFAULT 'unreviewed',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "segments_pkey" PRIMARY KEY ("id"),
    -- A bead is "<source sentences>-<target sentences>", e.g. 1-1, 2-1, 0-1.
    CONSTRAINT "segments_kind_check" CHECK ("kind" ~ '^[0-9]+-[0-9]+$' AND "kind" <> '0-0'),
    CONSTRAINT "segments_confidence_check" CHECK ("confidence" >= 0 AND "confidence" <= 1),
    CONSTRAINT "segments_version_check" CHECK ("version" >= 1)
);

-- CreateTable
CREATE TABLE "issues" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "document_id" UUID NOT NULL,
    "segment_id" UUID NOT NULL,
    "author_id" TEXT NOT NULL,
    "segment_version" INTEGER NOT NULL,
    "target_start" INTEGER,
    "target_end" INTEGER,
    "source_start" INTEGER,
    "source_end" INTEGER,
    "category" "mqm_category" NOT NULL,
    "severity" "severity" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "status" "issue_status" NOT NULL DEFAULT 'open',
    "resolution" TEXT,
    "resolved_by_id" TEXT,
    "resolved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "issues_pkey" PRIMARY KEY ("id"),
    -- A span is both ends or neither, and never backwards.
    CONSTRAINT "issues_target_span_check" CHECK (("target_start" IS NULL) = ("target_end" IS NULL) AND ("target_start" IS NULL OR (0 <= "target_start" AND "target_start" <= "target_end"))),
    CONSTRAINT "issues_source_span_check" CHECK (("source_start" IS NULL) = ("source_end" IS NULL) AND ("source_start" IS NULL OR (0 <= "source_start" AND "source_start" <= "source_end")))
);

-- CreateTable
CREATE TABLE "suggestions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "document_id" UUID NOT NULL,
    "segment_id" UUID NOT NULL,
    "author_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "base_version" INTEGER NOT NULL,
    "status" "suggestion_status" NOT NULL DEFAULT 'pending',
    "approved_text" TEXT,
    "reviewer_id" TEXT,
    "reviewed_at" TIMESTAMPTZ(3),
    "rejection_reason" "mqm_category",
    "review_comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "suggestions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "suggestion_issues" (
    "suggestion_id" UUID NOT NULL,
    "issue_id" UUID NOT NULL,

    CONSTRAINT "suggestion_issues_pkey" PRIMARY KEY ("suggestion_id","issue_id")
);

-- CreateTable
CREATE TABLE "history_events" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "document_id" UUID,
    "segment_id" UUID,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "history_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_token_key" ON "sessions"("token");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "accounts_provider_id_account_id_key" ON "accounts"("provider_id", "account_id");

-- CreateIndex
CREATE INDEX "verifications_identifier_idx" ON "verifications"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limits_key_key" ON "rate_limits"("key");

-- CreateIndex
CREATE UNIQUE INDEX "documents_seed_key_key" ON "documents"("seed_key");

-- CreateIndex
CREATE INDEX "documents_created_at_idx" ON "documents"("created_at");

-- CreateIndex
CREATE INDEX "segments_document_id_status_idx" ON "segments"("document_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "segments_document_id_position_key" ON "segments"("document_id", "position");

-- CreateIndex
CREATE INDEX "issues_segment_id_idx" ON "issues"("segment_id");

-- CreateIndex
CREATE INDEX "issues_document_id_status_idx" ON "issues"("document_id", "status");

-- CreateIndex
CREATE INDEX "suggestions_segment_id_status_idx" ON "suggestions"("segment_id", "status");

-- CreateIndex
CREATE INDEX "suggestions_status_created_at_idx" ON "suggestions"("status", "created_at");

-- CreateIndex
CREATE INDEX "suggestion_issues_issue_id_idx" ON "suggestion_issues"("issue_id");

-- CreateIndex
CREATE INDEX "history_events_document_id_at_idx" ON "history_events"("document_id", "at");

-- CreateIndex
CREATE INDEX "history_events_segment_id_at_idx" ON "history_events"("segment_id", "at");

-- CreateIndex
CREATE INDEX "history_events_actor_id_at_idx" ON "history_events"("actor_id", "at");

-- CreateIndex
CREATE INDEX "history_events_at_idx" ON "history_events"("at");

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_deleted_by_id_fkey" FOREIGN KEY ("deleted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "segments" ADD CONSTRAINT "segments_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issues" ADD CONSTRAINT "issues_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issues" ADD CONSTRAINT "issues_segment_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "segments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issues" ADD CONSTRAINT "issues_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issues" ADD CONSTRAINT "issues_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_segment_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "segments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion_issues" ADD CONSTRAINT "suggestion_issues_suggestion_id_fkey" FOREIGN KEY ("suggestion_id") REFERENCES "suggestions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion_issues" ADD CONSTRAINT "suggestion_issues_issue_id_fkey" FOREIGN KEY ("issue_id") REFERENCES "issues"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "history_events" ADD CONSTRAINT "history_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Beyond what schema.prisma can say --------------------------------------------------------

-- One approval per segment version: two editors approving at once leave exactly one.
CREATE UNIQUE INDEX "suggestions_one_approval_per_version" ON "suggestions"("segment_id", "base_version") WHERE "status" IN ('approved', 'approved_with_edits');

-- The audit log is append-only.
CREATE FUNCTION "history_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'history_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "history_events_no_update_or_delete" BEFORE UPDATE OR DELETE ON "history_events"
    FOR EACH ROW EXECUTE FUNCTION "history_events_append_only"();

CREATE TRIGGER "history_events_no_truncate" BEFORE TRUNCATE ON "history_events"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_events_append_only"();
