-- Live updates across app instances (lib/live, docs/decisions/011-live-updates.md). Every use case
-- that changes a document or a user writes one history row in its transaction; this trigger turns
-- that row into a NOTIFY, which PostgreSQL delivers only when the transaction commits. Payloads
-- stay far under NOTIFY's 8000-byte limit: ids, the action and the actor's name (cut to 80).
CREATE FUNCTION recto_notify_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.entity_type = 'user' THEN
    PERFORM pg_notify('recto_user', json_build_object('userId', NEW.entity_id, 'action', NEW.action)::text);
  ELSIF NEW.document_id IS NOT NULL THEN
    PERFORM pg_notify('recto_document', json_build_object(
      'documentId', NEW.document_id,
      'segmentIds', CASE WHEN NEW.segment_id IS NULL THEN '[]'::json ELSE json_build_array(NEW.segment_id) END,
      'action', NEW.action,
      'actorId', NEW.actor_id,
      'actorName', (SELECT left(name, 80) FROM users WHERE id = NEW.actor_id)
    )::text);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER history_events_notify AFTER INSERT ON history_events
  FOR EACH ROW EXECUTE FUNCTION recto_notify_history();
