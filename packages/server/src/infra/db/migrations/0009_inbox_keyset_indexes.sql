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

-- Open work only (a few per cent of a tenant's reports, so these stay small and hot): the inbox of
-- everything open and of an intake center, nearest deadline first, with the columns its filters
-- and counts test carried in the index, so a filtered count reads no table page. The state list
-- is OPEN_REPORT_STATES of features/inbox/inbox-duties.ts (a test keeps them equal); queries name
-- the state as a literal so the planner can match the predicate.
CREATE INDEX reports_open_state_idx ON reports (tenant_id, state, due_at, id)
  INCLUDE (field_id, area_id, channel, lead_agency_id, received_at)
  WHERE state IN ('submitted', 'awaiting_information', 'intake_accepted', 'awaiting_lead_designation',
    'in_progress', 'returned_to_intake', 'answer_ready', 'follow_up_open');
CREATE INDEX reports_open_intake_idx ON reports (tenant_id, intake_center_id, state, due_at, id)
  INCLUDE (field_id, area_id, channel, lead_agency_id, received_at)
  WHERE state IN ('submitted', 'awaiting_information', 'intake_accepted', 'awaiting_lead_designation',
    'in_progress', 'returned_to_intake', 'answer_ready', 'follow_up_open');

-- Search ignoring diacritics: every word of the query must begin a word of the folded title and
-- content (features/inbox/report-filters.ts). A GIN index over the words answers it exactly, so
-- no candidate row is folded again at query time; the trigram index of migration 0001 would make
-- the database re-check every candidate with vn_fold (about 20 µs each), which a common word
-- turns into seconds at 10 million reports (docs/workflow/inbox-and-public-list.md "Search").
CREATE INDEX reports_text_words_idx ON reports
  USING gin (to_tsvector('simple', vn_fold(title || ' ' || content)));
