-- The steering committee decides the KPIs (issue 16): the agreement's list is an initial proposal
-- that may be extended or reduced. A KPI is a name, one of the measures the portal can compute
-- (see be.vlaanderen.crt.portal.kpi.Measure), an optional target, and whether the steering report
-- shows it. KPIs are never deleted (a report of an earlier date must still be explainable); they are
-- switched off instead.
CREATE TABLE kpi_definition (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(120)   NOT NULL,
  measure     VARCHAR(40)    NOT NULL,
  target      DECIMAL(10, 2),
  active      BOOLEAN        NOT NULL DEFAULT TRUE,
  position    INT            NOT NULL,
  row_version BIGINT         NOT NULL DEFAULT 0,
  created_at  DATETIME(3)    NOT NULL,
  created_by  VARCHAR(64)    NOT NULL,
  updated_at  DATETIME(3),
  updated_by  VARCHAR(64),
  CONSTRAINT uk_kpi_definition_name UNIQUE (name),
  CONSTRAINT ck_kpi_definition_target CHECK (target IS NULL OR target >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The agreement's initial proposal, as the portal has reported it so far.
INSERT INTO kpi_definition (name, measure, target, active, position, created_at, created_by) VALUES
  ('Geslaagde integraties ACM T&I',            'INTEGRATIONS_ACM_TI',   30,   TRUE, 1, NOW(3), 'system'),
  ('Geslaagde integraties ACM PRD',            'INTEGRATIONS_ACM_PRD',  30,   TRUE, 2, NOW(3), 'system'),
  ('Geslaagde integraties IDM T&I',            'INTEGRATIONS_IDM_TI',   30,   TRUE, 3, NOW(3), 'system'),
  ('Geslaagde integraties IDM PRD',            'INTEGRATIONS_IDM_PRD',  30,   TRUE, 4, NOW(3), 'system'),
  ('Besturen met een geslaagde integratie ACM PRD', 'MUNICIPALITIES_ACM_PRD', 30, TRUE, 5, NOW(3), 'system'),
  ('Besturen met een geslaagde integratie IDM PRD', 'MUNICIPALITIES_IDM_PRD', 30, TRUE, 6, NOW(3), 'system'),
  ('Tevredenheid vóór de integratie',          'SATISFACTION_BEFORE',   NULL, TRUE, 7, NOW(3), 'system'),
  ('Tevredenheid tijdens de integratie',       'SATISFACTION_DURING',   NULL, TRUE, 8, NOW(3), 'system'),
  ('Tevredenheid na de ingebruikname',         'SATISFACTION_AFTER',    NULL, TRUE, 9, NOW(3), 'system'),
  ('Bereidheid om meer toepassingen te integreren', 'EAGERNESS',        NULL, TRUE, 10, NOW(3), 'system');
