-- The steering committee may move money between the budget lines (issue 16): the agreement's split
-- is indicative. A shift moves an amount from one line to another from a date on, with the reason
-- and the meeting that decided it. Shifts are never changed or deleted: the history is the table.
-- RESERVE is what the programme's envelope holds beyond the two tracks (640,000 - 300,000 - 337,000).
CREATE TABLE budget_shift (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  valid_from  DATE           NOT NULL,
  from_scope  VARCHAR(20)    NOT NULL,
  to_scope    VARCHAR(20)    NOT NULL,
  amount      DECIMAL(12, 2) NOT NULL,
  reason      VARCHAR(1000)  NOT NULL,
  meeting     VARCHAR(200)   NOT NULL,
  created_at  DATETIME(3)    NOT NULL,
  created_by  VARCHAR(64)    NOT NULL,
  CONSTRAINT ck_budget_shift CHECK (
    amount > 0 AND from_scope <> to_scope
    AND from_scope IN ('BCP', 'ACM_IDM', 'RESERVE') AND to_scope IN ('BCP', 'ACM_IDM', 'RESERVE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_budget_shift_valid_from ON budget_shift (valid_from);
