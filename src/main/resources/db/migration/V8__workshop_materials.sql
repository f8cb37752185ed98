-- Workshop materials are documents like any other: content-addressed objects, immutable rows.
CREATE TABLE workshop_material (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  workshop_id        BIGINT       NOT NULL,
  original_file_name VARCHAR(500) NOT NULL,
  file_name          VARCHAR(255) NOT NULL,
  size_bytes         BIGINT       NOT NULL,
  sha256             CHAR(64)     NOT NULL,
  media_type         VARCHAR(120) NOT NULL,
  storage_key        VARCHAR(200) NOT NULL,
  uploaded_by        VARCHAR(64)  NOT NULL,
  uploaded_at        DATETIME(3)  NOT NULL,
  CONSTRAINT fk_workshop_material_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_workshop_material_storage_key ON workshop_material (storage_key);
