-- Personal API tokens: created and revoked by their owner on /account/tokens.xhtml. Only the SHA-256
-- of the token is kept (a token is 256 random bits, so a fast hash cannot be guessed back and can
-- be looked up by index on every API call); the prefix lets the owner tell tokens apart.
CREATE TABLE api_token (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id      BIGINT       NOT NULL,
  name         VARCHAR(80)  NOT NULL,
  token_hash   CHAR(64)     NOT NULL,
  prefix       VARCHAR(12)  NOT NULL,
  created_at   DATETIME(3)  NOT NULL,
  expires_at   DATETIME(3)  NOT NULL,
  last_used_at DATETIME(3)  NULL,
  revoked_at   DATETIME(3)  NULL,
  CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_api_token_user ON api_token (user_id);
