-- E-mail is written to an outbox in the same transaction as the change it reports, and sent afterwards by
-- whichever portal node claims the row first (SELECT ... FOR UPDATE SKIP LOCKED). The unique dedup_key
-- makes a second enqueue of the same message (another node, a rerun) a no-op.
CREATE TABLE mail_outbox (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  dedup_key       VARCHAR(200)  NOT NULL,
  recipient       VARCHAR(254)  NOT NULL,
  subject         VARCHAR(300)  NOT NULL,
  body            TEXT          NOT NULL,
  created_at      DATETIME(3)   NOT NULL,
  sent_at         DATETIME(3),
  attempts        INT           NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(3),
  last_error      VARCHAR(1000),
  CONSTRAINT uk_mail_outbox_dedup UNIQUE (dedup_key, recipient)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_mail_outbox_pending ON mail_outbox (sent_at, next_attempt_at);
