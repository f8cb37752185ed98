-- Concurrent edits never overwrite each other (issue 12): every table people edit gets an optimistic
-- lock version (JPA @Version). A change based on an older version is refused with 409/412 and the
-- pages say it was changed meanwhile. Bulk statements of the portal do not touch these rows' content.
ALTER TABLE municipality ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE feedback_round ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE remark ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE round_assessment ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE group_feedback ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE self_evaluation ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE time_entry ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE pilot_group ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE integration_status ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE test_result ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE integration_dossier ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE pilot_application ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE pilot_evaluation ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE pilot_obstacle ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE pilot_call ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE attendance ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE workshop ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE assignment ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE lesson ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE submission ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
