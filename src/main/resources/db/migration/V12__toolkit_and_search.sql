-- The self-service toolkit: lessons learned with their lifecycle and versions, toolkit resources
-- (documents), and the durable change log the Lucene indexer applies in order.

ALTER TABLE lesson ADD COLUMN version INT NOT NULL DEFAULT 1;
ALTER TABLE lesson ADD COLUMN source_label VARCHAR(120);
ALTER TABLE lesson ADD COLUMN updated_by VARCHAR(64);
ALTER TABLE lesson ADD COLUMN updated_at DATETIME(3);
ALTER TABLE lesson ADD COLUMN approved_by VARCHAR(64);
ALTER TABLE lesson ADD COLUMN published_at DATETIME(3);
CREATE INDEX ix_lesson_status ON lesson (status);

-- Every saved state of a lesson, so what was published can always be shown again.
CREATE TABLE lesson_revision (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  lesson_id  BIGINT       NOT NULL,
  version    INT          NOT NULL,
  status     VARCHAR(20)  NOT NULL,
  title      VARCHAR(200) NOT NULL,
  summary    VARCHAR(1000),
  body       TEXT         NOT NULL,
  themes     VARCHAR(400) NOT NULL,
  saved_by   VARCHAR(64)  NOT NULL,
  saved_at   DATETIME(3)  NOT NULL,
  CONSTRAINT fk_lesson_revision_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_lesson_revision_lesson ON lesson_revision (lesson_id, version);

CREATE TABLE toolkit_resource (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  title         VARCHAR(200) NOT NULL,
  description   VARCHAR(2000),
  type          VARCHAR(20)  NOT NULL,
  themes        VARCHAR(400) NOT NULL,
  status        VARCHAR(20)  NOT NULL,
  file_name     VARCHAR(255) NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  media_type    VARCHAR(120) NOT NULL,
  storage_key   VARCHAR(200) NOT NULL,
  uploaded_by   VARCHAR(64)  NOT NULL,
  uploaded_at   DATETIME(3)  NOT NULL,
  text_content  MEDIUMTEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Written in the same transaction as the change it describes; the indexer applies entries in id
-- order and records the last one applied in the Lucene commit.
CREATE TABLE search_change (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  doc_type   VARCHAR(20) NOT NULL,
  doc_id     BIGINT      NOT NULL,
  created_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A self-check result kept only when the visitor asked for a link to it.
CREATE TABLE self_check_result (
  token      CHAR(32)    PRIMARY KEY,
  answers    VARCHAR(40) NOT NULL,
  created_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
