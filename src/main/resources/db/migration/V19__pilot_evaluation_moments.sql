-- Satisfaction is asked before, during and after the integration (issue 16): one evaluation per
-- municipality and moment. Eagerness to integrate more stays a question after go-live only.
ALTER TABLE pilot_evaluation ADD COLUMN moment VARCHAR(10) NOT NULL DEFAULT 'AFTER';
-- The new key first: the foreign key on municipality_id needs an index that starts with it.
ALTER TABLE pilot_evaluation ADD CONSTRAINT uk_pilot_evaluation_moment UNIQUE (municipality_id, moment);
ALTER TABLE pilot_evaluation DROP INDEX uk_pilot_evaluation;
ALTER TABLE pilot_evaluation DROP CONSTRAINT ck_pilot_evaluation_range;
ALTER TABLE pilot_evaluation MODIFY eagerness INT NULL;
ALTER TABLE pilot_evaluation ADD CONSTRAINT ck_pilot_evaluation_range CHECK (
  satisfaction BETWEEN 1 AND 5
  AND moment IN ('BEFORE', 'DURING', 'AFTER')
  AND ((moment = 'AFTER' AND eagerness BETWEEN 1 AND 5) OR (moment <> 'AFTER' AND eagerness IS NULL)));
