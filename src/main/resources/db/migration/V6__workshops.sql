-- The five workshops of a wave (content validated by ABB before it is given) and who attended.
CREATE TABLE workshop (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  wave_id          BIGINT       NOT NULL,
  number           INT          NOT NULL,
  title            VARCHAR(200) NOT NULL,
  held_at          DATETIME     NULL,
  place            VARCHAR(200) NULL,
  validated_by_abb BOOLEAN      NOT NULL DEFAULT FALSE,
  validated_on     DATE         NULL,
  CONSTRAINT uk_workshop_number UNIQUE (wave_id, number),
  CONSTRAINT fk_workshop_wave FOREIGN KEY (wave_id) REFERENCES wave (id),
  CONSTRAINT ck_workshop_number CHECK (number BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE attendance (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  workshop_id     BIGINT  NOT NULL,
  municipality_id BIGINT  NOT NULL,
  present         BOOLEAN NOT NULL,
  CONSTRAINT uk_attendance UNIQUE (workshop_id, municipality_id),
  CONSTRAINT fk_attendance_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id),
  CONSTRAINT fk_attendance_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
