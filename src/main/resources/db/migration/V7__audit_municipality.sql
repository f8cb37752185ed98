-- The audit trail is read per municipality: record which municipality an event concerns.
ALTER TABLE audit_event ADD COLUMN municipality_id BIGINT NULL;
CREATE INDEX ix_audit_event_municipality ON audit_event (municipality_id, occurred_at);
