-- Where the CRT's review of a submission stands (set by the reviewer); with the versions it gives the
-- status a municipality sees: submitted, in review, feedback available, revised, accepted.
ALTER TABLE submission ADD COLUMN review_state VARCHAR(20) NULL;
ALTER TABLE submission ADD COLUMN review_state_at DATETIME(3) NULL;
