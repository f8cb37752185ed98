-- The completeness check of a handed-in BIA or BCP, kept with the version so the reviewer sees it again.
CREATE TABLE completeness_result (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  document_version_id BIGINT      NOT NULL,
  outcome             VARCHAR(20) NOT NULL,
  findings            MEDIUMTEXT  NOT NULL,
  CONSTRAINT uk_completeness_result UNIQUE (document_version_id),
  CONSTRAINT fk_completeness_result_version FOREIGN KEY (document_version_id) REFERENCES document_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
