-- ACM/IDM pilot (issue 6): sign-up and selection, groups of six with their meetings, integration
-- dossiers with their rights model, status per building block and environment, the test plan,
-- troubleshooting, the register of questions/obstacles/feature requests and the evaluation.

-- The one pilot call: its sign-up window, the number of places and the selection criteria.
CREATE TABLE pilot_call (
  id                   BIGINT PRIMARY KEY,
  signup_opens         DATE,
  signup_closes        DATE,
  places               INT           NOT NULL DEFAULT 30,
  groups_count         INT           NOT NULL DEFAULT 5,
  min_per_province     INT           NOT NULL DEFAULT 4,
  weight_maturity      DECIMAL(5, 2) NOT NULL DEFAULT 1.00,
  weight_audit         DECIMAL(5, 2) NOT NULL DEFAULT 2.00,
  weight_hacking       DECIMAL(5, 2) NOT NULL DEFAULT 1.50,
  weight_size_spread   DECIMAL(5, 2) NOT NULL DEFAULT 1.00,
  confirmed_at         DATETIME(3),
  confirmed_by         VARCHAR(64)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO pilot_call (id) VALUES (1);

CREATE TABLE pilot_group (
  id      BIGINT AUTO_INCREMENT PRIMARY KEY,
  number  INT          NOT NULL,
  name    VARCHAR(120) NOT NULL,
  CONSTRAINT uk_pilot_group UNIQUE (number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A municipality's expression of interest; one per municipality.
CREATE TABLE pilot_application (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  municipality_id   BIGINT        NOT NULL,
  applications      VARCHAR(2000) NOT NULL,
  population        INT           NOT NULL,
  maturity          INT           NOT NULL,
  audit_cofinanced  BOOLEAN       NOT NULL,
  ethical_hacking   BOOLEAN       NOT NULL,
  contacts          VARCHAR(1000) NOT NULL,
  applied_at        DATETIME(3)   NOT NULL,
  applied_by        VARCHAR(64)   NOT NULL,
  decision          VARCHAR(20)   NOT NULL DEFAULT 'PENDING',
  decision_reason   VARCHAR(1000),
  override_choice   VARCHAR(20),
  override_reason   VARCHAR(500),
  group_id          BIGINT,
  CONSTRAINT uk_pilot_application UNIQUE (municipality_id),
  CONSTRAINT fk_pilot_application_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_pilot_application_group FOREIGN KEY (group_id) REFERENCES pilot_group (id),
  CONSTRAINT ck_pilot_application_maturity CHECK (maturity BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Intake meetings and course sessions of a group.
CREATE TABLE pilot_meeting (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  group_id      BIGINT        NOT NULL,
  kind          VARCHAR(20)   NOT NULL,
  held_at       DATETIME      NOT NULL,
  place         VARCHAR(200)  NOT NULL,
  participants  VARCHAR(2000),
  CONSTRAINT fk_pilot_meeting_group FOREIGN KEY (group_id) REFERENCES pilot_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE integration_dossier (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  municipality_id       BIGINT        NOT NULL,
  application           VARCHAR(200)  NOT NULL,
  application_owner     VARCHAR(200)  NOT NULL,
  audiences             VARCHAR(200)  NOT NULL,
  expected_users        INT,
  protocol              VARCHAR(20)   NOT NULL,
  bulk_upload           BOOLEAN       NOT NULL DEFAULT FALSE,
  entitlement_scanner   BOOLEAN       NOT NULL DEFAULT FALSE,
  oidc_public_client    BOOLEAN       NOT NULL DEFAULT FALSE,
  oidc_redirect_uris    VARCHAR(4000),
  oidc_logout_uris      VARCHAR(4000),
  oidc_grant_types      VARCHAR(400),
  oidc_pkce             VARCHAR(20),
  oidc_scopes           VARCHAR(400),
  notes                 VARCHAR(4000),
  revision              INT           NOT NULL DEFAULT 0,
  created_at            DATETIME(3)   NOT NULL,
  updated_at            DATETIME(3)   NOT NULL,
  updated_by            VARCHAR(64)   NOT NULL,
  CONSTRAINT uk_integration_dossier UNIQUE (municipality_id, application),
  CONSTRAINT fk_integration_dossier_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The rights model: the application's roles mapped to the building blocks' roles and context.
CREATE TABLE dossier_role (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  dossier_id          BIGINT       NOT NULL,
  position            INT          NOT NULL,
  local_role          VARCHAR(120) NOT NULL,
  building_block_role VARCHAR(200) NOT NULL,
  context             VARCHAR(200),
  CONSTRAINT fk_dossier_role_dossier FOREIGN KEY (dossier_id) REFERENCES integration_dossier (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Current status per building block (ACM, IDM) and environment (TI, PRD)...
CREATE TABLE integration_status (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  dossier_id   BIGINT      NOT NULL,
  block        VARCHAR(10) NOT NULL,
  environment  VARCHAR(10) NOT NULL,
  state        VARCHAR(20) NOT NULL,
  since        DATETIME(3) NOT NULL,
  CONSTRAINT uk_integration_status UNIQUE (dossier_id, block, environment),
  CONSTRAINT fk_integration_status_dossier FOREIGN KEY (dossier_id) REFERENCES integration_dossier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ... and every transition, append-only.
CREATE TABLE integration_transition (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  dossier_id   BIGINT        NOT NULL,
  block        VARCHAR(10)   NOT NULL,
  environment  VARCHAR(10)   NOT NULL,
  from_state   VARCHAR(20)   NOT NULL,
  to_state     VARCHAR(20)   NOT NULL,
  occurred_at  DATETIME(3)   NOT NULL,
  actor        VARCHAR(64)   NOT NULL,
  note         VARCHAR(1000),
  CONSTRAINT fk_integration_transition_dossier FOREIGN KEY (dossier_id) REFERENCES integration_dossier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The calibrated test plan (template) and its results per dossier and environment.
CREATE TABLE test_case (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(30)   NOT NULL,
  position    INT           NOT NULL,
  title       VARCHAR(200)  NOT NULL,
  description VARCHAR(1000) NOT NULL,
  CONSTRAINT uk_test_case UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO test_case (code, position, title, description) VALUES
 ('LOGIN', 1, 'Aanmelden', 'Een gebruiker meldt zich aan via de bouwsteen en komt met de juiste identiteit in de toepassing.'),
 ('LOGOUT', 2, 'Afmelden', 'Afmelden in de toepassing beëindigt ook de sessie bij de bouwsteen (single logout) en leidt naar de afmeldpagina.'),
 ('MFA_STEP_UP', 3, 'MFA step-up', 'Een handeling die een hoger betrouwbaarheidsniveau vraagt, leidt tot een bijkomende authenticatie (bv. itsme of eID).'),
 ('ROLE_MAPPING', 4, 'Rollen en context', 'De rollen en de context uit de bouwsteen komen overeen met het rechtenmodel van het dossier; een gebruiker zonder rol krijgt geen toegang.'),
 ('SESSION_EXPIRY', 5, 'Sessieverloop', 'Na de ingestelde inactiviteit verloopt de sessie en vraagt de toepassing opnieuw aan te melden zonder gegevensverlies.'),
 ('ERROR_PAGES', 6, 'Foutpagina''s', 'Een geweigerde of mislukte aanmelding toont een begrijpelijke foutpagina met een contactpunt, zonder technische details.'),
 ('DEPROVISIONING', 7, 'Deprovisioning', 'Een gebruiker van wie de rol of de account wordt ingetrokken, verliest de toegang bij de volgende aanmelding.');

CREATE TABLE test_result (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  dossier_id    BIGINT        NOT NULL,
  block         VARCHAR(10)   NOT NULL,
  environment   VARCHAR(10)   NOT NULL,
  test_case_id  BIGINT        NOT NULL,
  outcome       VARCHAR(20)   NOT NULL,
  note          VARCHAR(2000),
  tested_at     DATETIME(3)   NOT NULL,
  tested_by     VARCHAR(64)   NOT NULL,
  CONSTRAINT uk_test_result UNIQUE (dossier_id, block, environment, test_case_id),
  CONSTRAINT fk_test_result_dossier FOREIGN KEY (dossier_id) REFERENCES integration_dossier (id),
  CONSTRAINT fk_test_result_case FOREIGN KEY (test_case_id) REFERENCES test_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE troubleshooting_session (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  dossier_id  BIGINT        NOT NULL,
  held_on     DATE          NOT NULL,
  problem     VARCHAR(2000) NOT NULL,
  resolution  VARCHAR(2000),
  logged_at   DATETIME(3)   NOT NULL,
  logged_by   VARCHAR(64)   NOT NULL,
  CONSTRAINT fk_troubleshooting_dossier FOREIGN KEY (dossier_id) REFERENCES integration_dossier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pilot_obstacle (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  municipality_id BIGINT        NOT NULL,
  dossier_id      BIGINT,
  kind            VARCHAR(20)   NOT NULL,
  nature          VARCHAR(20)   NOT NULL,
  title           VARCHAR(200)  NOT NULL,
  description     VARCHAR(4000) NOT NULL,
  status          VARCHAR(20)   NOT NULL,
  answer          VARCHAR(4000),
  raised_at       DATETIME(3)   NOT NULL,
  raised_by       VARCHAR(64)   NOT NULL,
  CONSTRAINT fk_pilot_obstacle_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_pilot_obstacle_dossier FOREIGN KEY (dossier_id) REFERENCES integration_dossier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pilot_evaluation (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  municipality_id BIGINT        NOT NULL,
  satisfaction    INT           NOT NULL,
  eagerness       INT           NOT NULL,
  comments        VARCHAR(4000),
  submitted_at    DATETIME(3)   NOT NULL,
  submitted_by    VARCHAR(64)   NOT NULL,
  CONSTRAINT uk_pilot_evaluation UNIQUE (municipality_id),
  CONSTRAINT fk_pilot_evaluation_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_pilot_evaluation_range CHECK (satisfaction BETWEEN 1 AND 5 AND eagerness BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Dossier attachments are submissions like every document (object storage, versions, review):
-- a dossier's slot (dossier document, SAML metadata, diagram, test evidence) holds the versions.
ALTER TABLE submission ADD COLUMN slot VARCHAR(80) NOT NULL DEFAULT '';
ALTER TABLE submission ADD COLUMN dossier_id BIGINT NULL;
ALTER TABLE submission ADD CONSTRAINT fk_submission_dossier FOREIGN KEY (dossier_id) REFERENCES integration_dossier (id);
ALTER TABLE submission ADD CONSTRAINT uk_submission_slot UNIQUE (assignment_id, municipality_id, slot);
ALTER TABLE submission DROP INDEX uk_submission;
CREATE INDEX ix_submission_dossier ON submission (dossier_id);

-- The pilot as a programme with one "wave" (the 30 places) and the integration-dossier assignment,
-- so that dossier attachments are reviewed with remarks exactly like BCP documents.
INSERT INTO programme (name, track, starts_on, ends_on) VALUES ('Pilot ACM/IDM', 'ACM_IDM', '2026-09-01', '2027-12-31');
INSERT INTO wave (programme_id, number, name, capacity) VALUES (LAST_INSERT_ID(), 1, 'Pilot ACM/IDM', 30);
INSERT INTO assignment (wave_id, kind, title, description, deadline)
  VALUES (LAST_INSERT_ID(), 'INTEGRATION_DOSSIER', 'Integratiedossier',
          'Het integratiedossier met zijn bijlagen (SAML-metadata, schema''s, testbewijzen).', '2027-12-31 23:59:00');
INSERT INTO feedback_round (wave_id, number, assignment_kind)
  SELECT a.wave_id, 1, 'INTEGRATION_DOSSIER' FROM assignment a WHERE a.id = LAST_INSERT_ID();
