-- The pilot's closing evaluation (issue 16): the coordinator writes the impact of the guidance and
-- the policy recommendations; the figures (KPIs, satisfaction, obstacles) come from the portal.
CREATE TABLE pilot_closing (
  id              BIGINT        PRIMARY KEY,
  row_version     BIGINT        NOT NULL DEFAULT 0,
  impact          TEXT,
  recommendations TEXT,
  updated_at      DATETIME(3),
  updated_by      VARCHAR(64)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO pilot_closing (id, row_version) VALUES (1, 0);
