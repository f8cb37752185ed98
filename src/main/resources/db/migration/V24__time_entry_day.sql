-- One row per person and working day with the days registered on it (issue 16). Registering takes
-- this row's lock (an exact primary-key lock, no gap lock) and reads the latest total from it, so
-- two clients registering the same person's day at once are decided one after the other: a
-- locking read on time_entry itself took gap locks that deadlocked with neighbouring inserts, and
-- the sum it read afterwards could miss a concurrent entry (up to four days stored for one day).
CREATE TABLE time_entry_day (
  person    VARCHAR(120)  NOT NULL,
  work_date DATE          NOT NULL,
  days      DECIMAL(4, 1) NOT NULL DEFAULT 0,
  PRIMARY KEY (person, work_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO time_entry_day (person, work_date, days)
  SELECT person, work_date, SUM(days) FROM time_entry WHERE deleted_at IS NULL GROUP BY person, work_date;
