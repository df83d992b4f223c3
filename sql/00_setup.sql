-- Shared by every regression test (they run in name order, in one database):
-- the extension, and regress_error_of(q), which runs q and returns its
-- SQLSTATE and message (or 'no error'), for tables of error cases.
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
SELECT regress_error_of('SELECT 1'), regress_error_of('SELECT ''x''::cocreation.level');
