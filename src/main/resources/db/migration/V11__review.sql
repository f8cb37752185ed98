-- Review: three feedback rounds per wave, remarks anchored to passages (W3C Web Annotation
-- selectors), their re-anchoring on later versions, replies, release per municipality, the overall
-- assessment, group feedback and lesson-learned drafts promoted from remarks.

CREATE TABLE feedback_round (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  wave_id         BIGINT      NOT NULL,
  number          INT         NOT NULL,
  assignment_kind VARCHAR(30) NOT NULL,
  opens_on        DATE,
  closes_on       DATE,
  release_on      DATE,
  CONSTRAINT uk_feedback_round UNIQUE (wave_id, number),
  CONSTRAINT fk_feedback_round_wave FOREIGN KEY (wave_id) REFERENCES wave (id),
  CONSTRAINT ck_feedback_round_number CHECK (number BETWEEN 1 AND 3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO feedback_round (wave_id, number, assignment_kind)
  SELECT w.id, r.number, r.kind FROM wave w
  CROSS JOIN (SELECT 1 AS number, 'BIA' AS kind UNION ALL SELECT 2, 'BCP' UNION ALL SELECT 3, 'BCP_UPDATE') r;

-- A round's feedback becomes visible to one municipality when this row exists.
CREATE TABLE round_release (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  round_id        BIGINT      NOT NULL,
  municipality_id BIGINT      NOT NULL,
  released_at     DATETIME(3) NOT NULL,
  released_by     VARCHAR(64) NOT NULL,
  CONSTRAINT uk_round_release UNIQUE (round_id, municipality_id),
  CONSTRAINT fk_round_release_round FOREIGN KEY (round_id) REFERENCES feedback_round (id),
  CONSTRAINT fk_round_release_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE remark (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  submission_id BIGINT       NOT NULL,
  round_id      BIGINT       NOT NULL,
  version_id    BIGINT       NOT NULL,
  author_id     BIGINT       NOT NULL,
  kind          VARCHAR(20)  NOT NULL,
  theme         VARCHAR(30)  NOT NULL,
  visibility    VARCHAR(20)  NOT NULL,
  body          TEXT         NOT NULL,
  quote_exact   TEXT,
  quote_prefix  VARCHAR(200),
  quote_suffix  VARCHAR(200),
  pos_start     INT,
  pos_end       INT,
  page          INT,
  processed_at  DATETIME(3),
  processed_by  VARCHAR(64),
  created_at    DATETIME(3)  NOT NULL,
  modified_at   DATETIME(3)  NOT NULL,
  CONSTRAINT fk_remark_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
  CONSTRAINT fk_remark_round FOREIGN KEY (round_id) REFERENCES feedback_round (id),
  CONSTRAINT fk_remark_version FOREIGN KEY (version_id) REFERENCES document_version (id),
  CONSTRAINT fk_remark_author FOREIGN KEY (author_id) REFERENCES user_account (id),
  CONSTRAINT ck_remark_anchor CHECK ((quote_exact IS NULL) = (pos_start IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_remark_submission ON remark (submission_id);
CREATE INDEX ix_remark_round ON remark (round_id);

-- Where a remark made on an earlier version lands on a later one (carry-over).
CREATE TABLE remark_anchor (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  remark_id   BIGINT      NOT NULL,
  version_id  BIGINT      NOT NULL,
  state       VARCHAR(20) NOT NULL,
  pos_start   INT,
  pos_end     INT,
  similarity  DOUBLE      NOT NULL,
  computed_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_remark_anchor UNIQUE (remark_id, version_id),
  CONSTRAINT fk_remark_anchor_remark FOREIGN KEY (remark_id) REFERENCES remark (id) ON DELETE CASCADE,
  CONSTRAINT fk_remark_anchor_version FOREIGN KEY (version_id) REFERENCES document_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE remark_reply (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  remark_id  BIGINT      NOT NULL,
  author_id  BIGINT      NOT NULL,
  body       TEXT        NOT NULL,
  created_at DATETIME(3) NOT NULL,
  CONSTRAINT fk_remark_reply_remark FOREIGN KEY (remark_id) REFERENCES remark (id),
  CONSTRAINT fk_remark_reply_author FOREIGN KEY (author_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_remark_reply_remark ON remark_reply (remark_id);

-- The reviewer's overall assessment of one municipality's submission in one round.
CREATE TABLE round_assessment (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  submission_id BIGINT       NOT NULL,
  round_id      BIGINT       NOT NULL,
  body          TEXT         NOT NULL,
  author        VARCHAR(64)  NOT NULL,
  updated_at    DATETIME(3)  NOT NULL,
  CONSTRAINT uk_round_assessment UNIQUE (submission_id, round_id),
  CONSTRAINT fk_round_assessment_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
  CONSTRAINT fk_round_assessment_round FOREIGN KEY (round_id) REFERENCES feedback_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The extracted text of a version as the review page shows it: derived, rebuilt when missing.
CREATE TABLE document_text (
  version_id   BIGINT      PRIMARY KEY,
  blocks       MEDIUMTEXT  NOT NULL,
  plain_text   MEDIUMTEXT  NOT NULL,
  truncated    BOOLEAN     NOT NULL,
  extracted_at DATETIME(3) NOT NULL,
  CONSTRAINT fk_document_text_version FOREIGN KEY (version_id) REFERENCES document_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The coordinator's general feedback for the next workshop, per round of a wave.
CREATE TABLE group_feedback (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  round_id   BIGINT      NOT NULL,
  body       TEXT        NOT NULL,
  updated_by VARCHAR(64) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_group_feedback UNIQUE (round_id),
  CONSTRAINT fk_group_feedback_round FOREIGN KEY (round_id) REFERENCES feedback_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Lessons learned start here as drafts; the toolkit issue builds the rest of their lifecycle.
CREATE TABLE lesson (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  title            VARCHAR(200) NOT NULL,
  summary          VARCHAR(1000),
  body             TEXT         NOT NULL,
  themes           VARCHAR(400) NOT NULL,
  status           VARCHAR(20)  NOT NULL,
  source_round_id  BIGINT,
  source_remark_id BIGINT,
  created_by       VARCHAR(64)  NOT NULL,
  created_at       DATETIME(3)  NOT NULL,
  CONSTRAINT fk_lesson_round FOREIGN KEY (source_round_id) REFERENCES feedback_round (id),
  CONSTRAINT fk_lesson_remark FOREIGN KEY (source_remark_id) REFERENCES remark (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
