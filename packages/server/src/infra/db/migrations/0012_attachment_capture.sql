-- Attachments (issue 4 items 1 and 2): where and when a photo was taken, read from its EXIF before
-- the metadata is stripped from the stored bytes. Staff see it as a location suggestion; it is
-- never part of a public response. NULL when the photo carried none (most messaging apps strip it).
ALTER TABLE attachments ADD COLUMN captured_at timestamptz;
ALTER TABLE attachments ADD COLUMN captured_latitude double precision
  CHECK (captured_latitude BETWEEN -90 AND 90);
ALTER TABLE attachments ADD COLUMN captured_longitude double precision
  CHECK (captured_longitude BETWEEN -180 AND 180);
-- A retried upload of the same file to the same report is recognised by its content.
CREATE INDEX attachments_report_sha256_idx ON attachments (report_id, sha256);
