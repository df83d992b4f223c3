-- Shared by every regression test (they run in name order, in one database):
-- the extension, and regress_error_of(q), which runs q and returns its
-- SQLSTATE and message (or 'no error'), for tables of error cases;
-- regress_error_detail_of(q) adds the error's detail.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;
CREATE FUNCTION public.regress_error_of(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE q;
  RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
  RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
-- the same with the error's detail, where the detail says which part is wrong
CREATE FUNCTION public.regress_error_detail_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  detail text;
BEGIN
  EXECUTE q;
  RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
  RETURN SQLSTATE || ': ' || SQLERRM || coalesce(nullif(' (' || detail || ')', ' ()'), '');
END $$;
SELECT regress_error_of('SELECT 1'), regress_error_of('SELECT ''x''::level');
SELECT regress_error_detail_of('SELECT ''(1, 5, 1 | 0, 0, 0 | 0, 0, 0 | 0)''::tally');
