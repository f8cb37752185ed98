-- Documents know no feature: a pilot dossier's attachment is found by its slot ("d12:SAML_METADATA"),
-- which the pilot chooses and which already names the dossier. The foreign key from the document
-- table into the pilot's table, and the column it guarded, go.
ALTER TABLE submission DROP FOREIGN KEY fk_submission_dossier;
DROP INDEX ix_submission_dossier ON submission;
ALTER TABLE submission DROP COLUMN dossier_id;
