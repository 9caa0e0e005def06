-- Staff inbox, staff report list and public list (issue 4 items 3–4): keyset pagination needs the
-- id as the last column of each index it walks, so a page starts exactly after the last item
-- without a sort. Each index below replaces one of migration 0005 with the same leading columns
-- and the same name, so every query the old one served is served as before.
-- docs/workflow/inbox-and-public-list.md lists the access paths with their plans.

-- Lead agency's reports by state, nearest deadline first (the agency inbox's publication and
-- follow-up duties; supervisors' lead-agency filter).
DROP INDEX reports_lead_agency_idx;
CREATE INDEX reports_lead_agency_idx ON reports (tenant_id, lead_agency_id, state, due_at, id);

-- Agency inbox: the agency's assignments by state, nearest deadline first.
DROP INDEX report_assignments_agency_idx;
CREATE INDEX report_assignments_agency_idx ON report_assignments (tenant_id, agency_id, state, due_at, id);

-- Staff list newest received first (read backwards), and periods by received date.
DROP INDEX reports_received_idx;
CREATE INDEX reports_received_idx ON reports (tenant_id, received_at, id);
