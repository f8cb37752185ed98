-- Foundation: municipalities, accounts, the BCP programme's waves and assignments,
-- submissions with immutable document versions, reviewer scope and the audit trail.

CREATE TABLE municipality (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(120) NOT NULL,
  province    VARCHAR(30)  NOT NULL,
  CONSTRAINT uk_municipality_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  username        VARCHAR(64)  NOT NULL,
  display_name    VARCHAR(120) NOT NULL,
  email           VARCHAR(254),
  password_hash   VARCHAR(512) NOT NULL,
  role            VARCHAR(20)  NOT NULL,
  municipality_id BIGINT,
  enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT uk_user_account_username UNIQUE (username),
  CONSTRAINT fk_user_account_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_user_account_municipality CHECK ((role = 'MUNICIPALITY') = (municipality_id IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE programme (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  track       VARCHAR(20)  NOT NULL,
  starts_on   DATE,
  ends_on     DATE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wave (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  programme_id BIGINT       NOT NULL,
  number       INT          NOT NULL,
  name         VARCHAR(120) NOT NULL,
  CONSTRAINT uk_wave_number UNIQUE (programme_id, number),
  CONSTRAINT fk_wave_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE enrollment (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  wave_id         BIGINT NOT NULL,
  municipality_id BIGINT NOT NULL,
  CONSTRAINT uk_enrollment UNIQUE (wave_id, municipality_id),
  CONSTRAINT fk_enrollment_wave FOREIGN KEY (wave_id) REFERENCES wave (id),
  CONSTRAINT fk_enrollment_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assignment (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  wave_id     BIGINT       NOT NULL,
  kind        VARCHAR(30)  NOT NULL,
  title       VARCHAR(200) NOT NULL,
  description VARCHAR(2000),
  deadline    DATETIME     NOT NULL,
  CONSTRAINT fk_assignment_wave FOREIGN KEY (wave_id) REFERENCES wave (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reviewer_assignment (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  reviewer_id     BIGINT NOT NULL,
  municipality_id BIGINT NOT NULL,
  CONSTRAINT uk_reviewer_assignment UNIQUE (reviewer_id, municipality_id),
  CONSTRAINT fk_reviewer_assignment_reviewer FOREIGN KEY (reviewer_id) REFERENCES user_account (id),
  CONSTRAINT fk_reviewer_assignment_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE submission (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  assignment_id   BIGINT      NOT NULL,
  municipality_id BIGINT      NOT NULL,
  created_at      DATETIME(3) NOT NULL,
  CONSTRAINT uk_submission UNIQUE (assignment_id, municipality_id),
  CONSTRAINT fk_submission_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
  CONSTRAINT fk_submission_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Immutable: rows are only ever inserted. The object lives in object storage under storage_key.
CREATE TABLE document_version (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  submission_id      BIGINT       NOT NULL,
  version_number     INT          NOT NULL,
  original_file_name VARCHAR(500) NOT NULL,
  file_name          VARCHAR(255) NOT NULL,
  size_bytes         BIGINT       NOT NULL,
  sha256             CHAR(64)     NOT NULL,
  media_type         VARCHAR(120) NOT NULL,
  storage_key        VARCHAR(200) NOT NULL,
  uploaded_by        VARCHAR(64)  NOT NULL,
  uploaded_at        DATETIME(3)  NOT NULL,
  CONSTRAINT uk_document_version UNIQUE (submission_id, version_number),
  CONSTRAINT fk_document_version_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_document_version_sha256 ON document_version (sha256);
CREATE INDEX ix_document_version_storage_key ON document_version (storage_key);

CREATE TABLE audit_event (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  occurred_at DATETIME(3)  NOT NULL,
  actor       VARCHAR(64)  NOT NULL,
  action      VARCHAR(40)  NOT NULL,
  object_type VARCHAR(40)  NOT NULL,
  object_id   BIGINT,
  detail      VARCHAR(1000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_event_object ON audit_event (object_type, object_id);
