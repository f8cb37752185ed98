-- Municipalities imported with their population; contact persons invited by e-mail to set a password.
ALTER TABLE municipality ADD COLUMN population INT NULL;
ALTER TABLE municipality ADD COLUMN good_practice BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE municipality ADD COLUMN good_practice_note VARCHAR(1000) NULL;

CREATE UNIQUE INDEX uk_user_account_email ON user_account (email);

-- Only a hash of the token is stored: a leaked table gives no way in.
CREATE TABLE invitation (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id     BIGINT      NOT NULL,
  token_hash  CHAR(64)    NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  expires_at  DATETIME(3) NOT NULL,
  used_at     DATETIME(3),
  CONSTRAINT uk_invitation_token UNIQUE (token_hash),
  CONSTRAINT fk_invitation_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
