-- Search reads the folded words of a report from a stored column instead of computing them from
-- the text (issue 5, docs/performance.md "Full-text search"). The words index of migration 0009
-- found the matches, but every row a plan had to check outside that index (walking newest first
-- and stopping at a page of matches, which is the fast plan for common words) folded and parsed
-- title and content again, about 40 µs a row. The column costs about 150 bytes a report.
ALTER TABLE reports ADD COLUMN search_words tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', vn_fold(title || ' ' || content))) STORED;
DROP INDEX reports_text_words_idx;
CREATE INDEX reports_search_words_idx ON reports USING gin (search_words);
