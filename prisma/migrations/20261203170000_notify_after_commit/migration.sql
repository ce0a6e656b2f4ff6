-- Live updates are announced after the writing transaction commits (lib/db/transaction.ts,
-- docs/decisions/023-notify-after-commit.md), no longer by a trigger inside it: a transaction that
-- notifies holds PostgreSQL's cluster-wide NOTIFY lock until its commit is flushed, so every
-- reviewer's commit queued behind the others'.
DROP TRIGGER history_events_notify ON history_events;
DROP FUNCTION recto_notify_history();
