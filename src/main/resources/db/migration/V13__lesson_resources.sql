-- A lesson can point to the toolkit resources (templates, checklists) that go with it.
ALTER TABLE lesson ADD COLUMN related_resources VARCHAR(400);
