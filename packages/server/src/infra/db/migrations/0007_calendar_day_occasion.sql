-- The yearly occasion a calendar day belongs to ('tet:2027', 'national_day:2026' …): confirming
-- a notice for an occasion replaces every provisional day of it (domain mergeCalendarDays).
ALTER TABLE calendar_days ADD COLUMN occasion text;
CREATE INDEX calendar_days_tenant_date_idx ON calendar_days (tenant_id, date);
