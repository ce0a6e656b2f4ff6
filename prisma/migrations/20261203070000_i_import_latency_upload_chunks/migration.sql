-- CreateTable: bilingual uploads waiting for their import job, in chunks (any instance may run the job).
CREATE TABLE "import_upload_chunks" (
    "import_job_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "import_upload_chunks_pkey" PRIMARY KEY ("import_job_id","seq")
);

-- AddForeignKey
ALTER TABLE "import_upload_chunks" ADD CONSTRAINT "import_upload_chunks_import_job_id_fkey" FOREIGN KEY ("import_job_id") REFERENCES "import_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
