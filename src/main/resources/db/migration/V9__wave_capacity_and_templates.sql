-- A wave takes at most its capacity of municipalities (25 by default); an assignment can carry the
-- coordinator's own template instead of the one the portal ships.
ALTER TABLE wave ADD COLUMN capacity INT NOT NULL DEFAULT 25;

CREATE TABLE assignment_template (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  assignment_id      BIGINT       NOT NULL,
  file_name          VARCHAR(255) NOT NULL,
  size_bytes         BIGINT       NOT NULL,
  sha256             CHAR(64)     NOT NULL,
  media_type         VARCHAR(120) NOT NULL,
  storage_key        VARCHAR(200) NOT NULL,
  uploaded_by        VARCHAR(64)  NOT NULL,
  uploaded_at        DATETIME(3)  NOT NULL,
  CONSTRAINT fk_assignment_template_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_assignment_template_storage_key ON assignment_template (storage_key);
