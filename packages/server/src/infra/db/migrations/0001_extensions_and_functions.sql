-- Extensions and the accent-insensitive fold used by search and duplicate detection.
-- unaccent() is STABLE, so it cannot appear in an index expression; vn_fold pins the dictionary
-- and is declared IMMUTABLE (VIETNAM.md §4.3). It must agree with `fold` in @paht/domain.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE OR REPLACE FUNCTION vn_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(regexp_replace(public.unaccent('public.unaccent'::regdictionary, normalize($1, NFC)), '\s+', ' ', 'g')) $$;

CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;
