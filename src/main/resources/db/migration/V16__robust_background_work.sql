-- Background work survives any single item (issue 12).

-- A search change that could not be applied on a node: retried with back-off, then parked with its
-- reason until a coordinator retries it. Each node applies the change log into its own index, so a
-- failure belongs to a node. A document whose text cannot be extracted is indexed without its text
-- and parked at once (kind TEXT_UNAVAILABLE): retrying it only helps after the cause was fixed.
CREATE TABLE search_failure (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  node            VARCHAR(100)  NOT NULL,
  doc_uid         VARCHAR(60)   NOT NULL,
  kind            VARCHAR(20)   NOT NULL,
  attempts        INT           NOT NULL,
  parked          BOOLEAN       NOT NULL,
  reason          VARCHAR(1000) NOT NULL,
  first_failed_at DATETIME(3)   NOT NULL,
  last_failed_at  DATETIME(3)   NOT NULL,
  next_attempt_at DATETIME(3)   NOT NULL,
  CONSTRAINT uk_search_failure UNIQUE (node, doc_uid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_search_failure_due ON search_failure (node, parked, next_attempt_at);

-- The text of a version that could not be extracted (damaged, too slow, too large) is recorded as
-- such, so the review page says so at once and the extraction is not tried on every view.
ALTER TABLE document_text
  ADD COLUMN status  VARCHAR(20)  NOT NULL DEFAULT 'OK',
  ADD COLUMN failure VARCHAR(500) NULL;

-- Mails that failed every attempt are parked: listed for the coordinator, who may send them again.
CREATE INDEX ix_mail_outbox_failed ON mail_outbox (sent_at, attempts);

-- An upload retried by a client that lost the first answer (Idempotency-Key) gives the same version.
CREATE TABLE upload_idempotency (
  idem_key    VARCHAR(100) NOT NULL,
  username    VARCHAR(64)  NOT NULL,
  version_id  BIGINT       NOT NULL,
  created_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (username, idem_key),
  CONSTRAINT fk_upload_idempotency_version FOREIGN KEY (version_id) REFERENCES document_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
