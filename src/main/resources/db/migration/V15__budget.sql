-- Steering committee (issue 7): profiles with dated day rates, the budget plan per track from the
-- agreement, time entries with a monthly lock.

CREATE TABLE profile (
  code      VARCHAR(20)  PRIMARY KEY,
  name      VARCHAR(120) NOT NULL,
  internal  BOOLEAN      NOT NULL,
  position  INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A rate applies from valid_from on, until the next one of the same profile.
CREATE TABLE profile_rate (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  profile_code VARCHAR(20)    NOT NULL,
  valid_from   DATE           NOT NULL,
  day_rate     DECIMAL(10, 2) NOT NULL,
  created_at   DATETIME(3)    NOT NULL,
  created_by   VARCHAR(64)    NOT NULL,
  CONSTRAINT uk_profile_rate UNIQUE (profile_code, valid_from),
  CONSTRAINT fk_profile_rate_profile FOREIGN KEY (profile_code) REFERENCES profile (code),
  CONSTRAINT ck_profile_rate_positive CHECK (day_rate > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO profile (code, name, internal, position) VALUES
  ('BA_PM', 'Business analist / projectmanager', TRUE, 1),
  ('FA', 'Functioneel analist', TRUE, 2),
  ('EXT_A', 'Extern profiel A', FALSE, 3),
  ('EXT_B', 'Extern profiel B', FALSE, 4),
  ('EXT_C', 'Extern profiel C', FALSE, 5),
  ('EXT_D', 'Extern profiel D', FALSE, 6);
INSERT INTO profile_rate (profile_code, valid_from, day_rate, created_at, created_by) VALUES
  ('BA_PM', '2025-01-01', 958.32, NOW(3), 'agreement'),
  ('FA', '2025-01-01', 962.57, NOW(3), 'agreement'),
  ('EXT_A', '2025-01-01', 902.68, NOW(3), 'agreement'),
  ('EXT_B', '2025-01-01', 1068.05, NOW(3), 'agreement'),
  ('EXT_C', '2025-01-01', 1364.36, NOW(3), 'agreement'),
  ('EXT_D', '2025-01-01', 3445.34, NOW(3), 'agreement');

-- The envelopes of the agreement: the programme and each track.
CREATE TABLE budget_envelope (
  scope   VARCHAR(20)    PRIMARY KEY,
  amount  DECIMAL(12, 2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO budget_envelope (scope, amount) VALUES
  ('PROGRAMME', 640000.00), ('BCP', 300000.00), ('ACM_IDM', 337000.00);

-- The plan: a lump sum, or days per unit (group, municipality) of a profile.
CREATE TABLE budget_plan_line (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  track         VARCHAR(20)    NOT NULL,
  position      INT            NOT NULL,
  label         VARCHAR(200)   NOT NULL,
  profile_code  VARCHAR(20),
  unit          VARCHAR(20)    NOT NULL,
  units         INT            NOT NULL,
  days_per_unit DECIMAL(6, 1),
  lump_sum      DECIMAL(12, 2),
  CONSTRAINT fk_budget_plan_profile FOREIGN KEY (profile_code) REFERENCES profile (code),
  CONSTRAINT ck_budget_plan_kind CHECK ((lump_sum IS NULL) = (profile_code IS NOT NULL AND days_per_unit IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO budget_plan_line (track, position, label, profile_code, unit, units, days_per_unit, lump_sum) VALUES
  ('BCP', 1, 'Externe profielen A–D (BCP-begeleiding)', NULL, 'LUMP', 1, NULL, 300000.00),
  ('ACM_IDM', 1, 'Business analist / projectmanager: 10 dagen per groep', 'BA_PM', 'GROUP', 5, 10.0, NULL),
  ('ACM_IDM', 2, 'Functioneel analist: 10 dagen per gemeente', 'FA', 'MUNICIPALITY', 30, 10.0, NULL);

CREATE TABLE time_entry (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  person          VARCHAR(120)  NOT NULL,
  profile_code    VARCHAR(20)   NOT NULL,
  work_date       DATE          NOT NULL,
  days            DECIMAL(3, 1) NOT NULL,
  activity        VARCHAR(30)   NOT NULL,
  track           VARCHAR(20)   NOT NULL,
  group_id        BIGINT,
  municipality_id BIGINT,
  note            VARCHAR(1000),
  created_at      DATETIME(3)   NOT NULL,
  created_by      VARCHAR(64)   NOT NULL,
  deleted_at      DATETIME(3),
  deleted_by      VARCHAR(64),
  CONSTRAINT fk_time_entry_profile FOREIGN KEY (profile_code) REFERENCES profile (code),
  CONSTRAINT fk_time_entry_group FOREIGN KEY (group_id) REFERENCES pilot_group (id),
  CONSTRAINT fk_time_entry_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_time_entry_days CHECK (days > 0 AND days <= 1 AND days * 2 = FLOOR(days * 2))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_time_entry_person_date ON time_entry (person, work_date);
CREATE INDEX ix_time_entry_date ON time_entry (work_date);

-- A month approved by the coordinator: its entries can no longer change.
CREATE TABLE time_lock (
  month      CHAR(7)      PRIMARY KEY,
  locked_at  DATETIME(3)  NOT NULL,
  locked_by  VARCHAR(64)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
