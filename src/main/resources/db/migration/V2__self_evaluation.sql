-- The BCM self-evaluation: a versioned questionnaire of ten questions scored 0-3, filled by a municipality
-- at the start and at the end of its wave.

CREATE TABLE questionnaire (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  version      INT          NOT NULL,
  title        VARCHAR(200) NOT NULL,
  published_on DATE         NOT NULL,
  CONSTRAINT uk_questionnaire_version UNIQUE (version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE question (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  questionnaire_id BIGINT        NOT NULL,
  number           INT           NOT NULL,
  theme            VARCHAR(80)   NOT NULL,
  text             VARCHAR(1000) NOT NULL,
  guidance         VARCHAR(1000),
  CONSTRAINT uk_question_number UNIQUE (questionnaire_id, number),
  CONSTRAINT fk_question_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE self_evaluation (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  municipality_id  BIGINT      NOT NULL,
  questionnaire_id BIGINT      NOT NULL,
  moment           VARCHAR(10) NOT NULL,
  updated_at       DATETIME(3) NOT NULL,
  updated_by       VARCHAR(64) NOT NULL,
  CONSTRAINT uk_self_evaluation UNIQUE (municipality_id, questionnaire_id, moment),
  CONSTRAINT fk_self_evaluation_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_self_evaluation_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id),
  CONSTRAINT ck_self_evaluation_moment CHECK (moment IN ('START', 'END'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE self_evaluation_answer (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  self_evaluation_id BIGINT NOT NULL,
  question_id        BIGINT NOT NULL,
  score              INT    NOT NULL,
  remark             VARCHAR(1000),
  CONSTRAINT uk_self_evaluation_answer UNIQUE (self_evaluation_id, question_id),
  CONSTRAINT fk_answer_self_evaluation FOREIGN KEY (self_evaluation_id) REFERENCES self_evaluation (id),
  CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES question (id),
  CONSTRAINT ck_answer_score CHECK (score BETWEEN 0 AND 3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO questionnaire (version, title, published_on) VALUES (1, 'Zelfevaluatie BCM-maturiteit', '2026-09-01');

INSERT INTO question (questionnaire_id, number, theme, text, guidance)
SELECT q.id, v.number, v.theme, v.text, v.guidance
FROM questionnaire q
JOIN (
  SELECT 1 AS number, 'Beleid en eigenaarschap' AS theme,
         'Is er een door het bestuur goedgekeurd continuïteitsbeleid, met een eigenaar die er tijd en mandaat voor heeft?' AS text,
         'Denk aan een beslissing van het college of het vast bureau en een aangeduide BCM-verantwoordelijke.' AS guidance
  UNION ALL SELECT 2, 'Kritieke processen',
         'Hebt u uw kritieke processen (de dienstverlening die niet lang mag stilvallen) in kaart gebracht?',
         'Bijvoorbeeld burgerzaken, sociale dienstverlening, betalingen, afvalophaling, noodplanning.'
  UNION ALL SELECT 3, 'MTPD, RTO en RPO',
         'Is voor elk kritiek proces vastgelegd hoe lang het maximaal mag uitvallen (MTPD), binnen welke tijd het hersteld moet zijn (RTO) en hoeveel gegevensverlies aanvaardbaar is (RPO)?',
         'Een BIA legt deze waarden per proces vast; de RTO ligt altijd binnen de MTPD.'
  UNION ALL SELECT 4, 'Afhankelijkheden',
         'Kent u per kritiek proces de afhankelijkheden: ICT-systemen, leveranciers, mensen en locaties?',
         'Denk ook aan software in de cloud, sleutelpersonen en gedeelde gebouwen.'
  UNION ALL SELECT 5, 'BCP en noodprocedures',
         'Is er een uitgeschreven continuïteitsplan met werkbare noodprocedures (workarounds) per kritiek proces?',
         'Een noodprocedure beschrijft hoe het werk doorgaat zonder het gewone systeem, bijvoorbeeld op papier.'
  UNION ALL SELECT 6, 'Crisisorganisatie',
         'Is er een crisisorganisatie met rollen, vervangers, bereikbaarheid en een vergaderplaats, ook buiten de kantooruren?',
         'Wie beslist, wie coördineert, wie communiceert, en hoe bereikt u elkaar als e-mail en telefonie uitvallen?'
  UNION ALL SELECT 7, 'Back-ups',
         'Zijn er offline of onveranderbare back-ups van uw kritieke gegevens, en is het herstel ervan het voorbije jaar getest?',
         'Een back-up die nooit werd teruggezet, is een hoop, geen garantie.'
  UNION ALL SELECT 8, 'Leveranciers',
         'Zijn met uw kritieke leveranciers afspraken gemaakt over continuïteit, hersteltijden en meldingen van incidenten?',
         'Bekijk contracten en SLA''s van ICT-leveranciers en dienstverleners.'
  UNION ALL SELECT 9, 'Crisiscommunicatie',
         'Is er een plan voor crisiscommunicatie naar burgers, personeel en partners, met de melding van een datalek binnen 72 uur?',
         'Denk aan sjabloonberichten, woordvoerders en de melding aan de toezichthouder.'
  UNION ALL SELECT 10, 'Oefenen en actualiseren',
         'Wordt het plan minstens jaarlijks geoefend en bijgewerkt, met de lessen uit oefeningen en incidenten?',
         'Een tafeloefening van een halve dag is een goed begin.'
) v
WHERE q.version = 1;
