-- Workshop 5 of each wave captures the participants' feedback on the programme (issue 16): one
-- questionnaire per wave and municipality (a rating per workshop, what helped, what was missing,
-- recommendations), and the participants' say on the lessons approved for publication.
CREATE TABLE workshop_feedback (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  row_version     BIGINT        NOT NULL DEFAULT 0,
  wave_id         BIGINT        NOT NULL,
  municipality_id BIGINT        NOT NULL,
  rating_1        TINYINT,
  rating_2        TINYINT,
  rating_3        TINYINT,
  rating_4        TINYINT,
  rating_5        TINYINT,
  helped          VARCHAR(4000),
  missing         VARCHAR(4000),
  recommendations VARCHAR(4000),
  submitted_at    DATETIME(3)   NOT NULL,
  submitted_by    VARCHAR(64)   NOT NULL,
  CONSTRAINT uk_workshop_feedback UNIQUE (wave_id, municipality_id),
  CONSTRAINT fk_workshop_feedback_wave FOREIGN KEY (wave_id) REFERENCES wave (id),
  CONSTRAINT fk_workshop_feedback_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_workshop_feedback_ratings CHECK (
    (rating_1 IS NULL OR rating_1 BETWEEN 1 AND 5) AND (rating_2 IS NULL OR rating_2 BETWEEN 1 AND 5)
    AND (rating_3 IS NULL OR rating_3 BETWEEN 1 AND 5) AND (rating_4 IS NULL OR rating_4 BETWEEN 1 AND 5)
    AND (rating_5 IS NULL OR rating_5 BETWEEN 1 AND 5))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lesson_response (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  lesson_id       BIGINT        NOT NULL,
  municipality_id BIGINT        NOT NULL,
  lesson_version  INT           NOT NULL,
  verdict         VARCHAR(12)   NOT NULL,
  comment         VARCHAR(2000),
  responded_at    DATETIME(3)   NOT NULL,
  responded_by    VARCHAR(64)   NOT NULL,
  CONSTRAINT uk_lesson_response UNIQUE (lesson_id, municipality_id),
  CONSTRAINT fk_lesson_response_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
  CONSTRAINT fk_lesson_response_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_lesson_response CHECK (
    verdict IN ('CONFIRMED', 'COMMENTED') AND (verdict = 'CONFIRMED' OR comment IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
