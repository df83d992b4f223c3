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
-- regress_raw_types(): types raw_tally and raw_balance with the same bytes
-- as tally and balance, read as int8 slots (ELEMENT int8, like point's
-- float8), and casts both ways WITHOUT FUNCTION, so that a test can build a
-- value input would never produce (damaged.sql) or read the stored layout
-- (storage.sql).  PostgreSQL's notices about shell types differ between
-- versions, so they are quieted.
CREATE FUNCTION public.regress_raw_types() RETURNS void LANGUAGE plpgsql
SET client_min_messages = warning AS $$
DECLARE
  lib text := (SELECT probin FROM pg_proc WHERE oid = 'tally_in'::regproc);
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['tally', 'balance'] LOOP
    EXECUTE format('CREATE TYPE raw_%s', t);
    EXECUTE format('CREATE FUNCTION raw_%1$s_in(cstring) RETURNS raw_%1$s IMMUTABLE STRICT
                    LANGUAGE C AS %2$L, %3$L', t, lib, t || '_in');
    EXECUTE format('CREATE FUNCTION raw_%1$s_out(raw_%1$s) RETURNS cstring IMMUTABLE STRICT
                    LANGUAGE C AS %2$L, %3$L', t, lib, t || '_out');
    EXECUTE format('CREATE TYPE raw_%1$s (INPUT = raw_%1$s_in, OUTPUT = raw_%1$s_out,
                    INTERNALLENGTH = %2$s, ALIGNMENT = double, ELEMENT = int8,
                    SUBSCRIPT = raw_array_subscript_handler)',
                   t, (SELECT typlen FROM pg_type WHERE oid = t::regtype));
    EXECUTE format('CREATE CAST (%1$s AS raw_%1$s) WITHOUT FUNCTION', t);
    EXECUTE format('CREATE CAST (raw_%1$s AS %1$s) WITHOUT FUNCTION', t);
  END LOOP;
END $$;
