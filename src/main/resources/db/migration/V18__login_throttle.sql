-- Throttled logins (issue 13): failed attempts per account and per client address, with a lock that grows
-- with every further failure. Shared by all nodes, so an attacker gains nothing by spreading guesses.
CREATE TABLE login_throttle (
  subject         VARCHAR(200) PRIMARY KEY,
  failures        INT          NOT NULL,
  locked_until    DATETIME(3)  NULL,
  last_failure_at DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
