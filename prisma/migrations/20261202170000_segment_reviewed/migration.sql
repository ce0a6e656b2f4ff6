-- AlterEnum: a segment read and found fine ("done, nothing to fix"), lib/review/transitions.ts.
ALTER TYPE "segment_status" ADD VALUE 'reviewed';
