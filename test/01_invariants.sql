-- Invariants of the labels every function, aggregate, operator and operator
-- class of the extension carries: rules that follow from what an object is
-- or does, checked over every object the extension owns (found through
-- pg_depend, whatever its schema), so that a new object is held to them
-- without an edit here.  Labels that are a decision no rule can derive are
-- checked by name at the end, each with its reason.
BEGIN;
SELECT plan(18);
SET search_path = public, cocreation;

CREATE TEMP VIEW inv_functions AS
SELECT p.oid, p.oid::regprocedure::text AS signature, p.proname, p.prokind, p.provolatile,
       p.proisstrict, p.proparallel, p.prosecdef, p.proconfig, l.lanname, p.prosrc,
       p.proargtypes, p.pronargs
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass
  AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'cocreation';

-- a body without its string literals and comments (the sample data's
-- quotes say "create" and "update"), for the searches below
CREATE FUNCTION pg_temp.inv_code(src text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $f$ SELECT regexp_replace(regexp_replace(src, $r$'([^']|'')*'$r$, '', 'g'), '--[^\n]*', '', 'g') $f$;

CREATE TEMP VIEW inv_relations AS
SELECT c.oid, c.relname FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::regclass
  AND d.objid = c.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'cocreation'
WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f');

CREATE TEMP VIEW inv_types AS
SELECT t.oid, t.typinput, t.typoutput, t.typreceive, t.typsend FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_type'::regclass
  AND d.objid = t.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'cocreation'
WHERE t.typtype = 'b' AND NOT (t.typelem <> 0 AND t.typlen = -1);

CREATE TEMP VIEW inv_operators AS
SELECT o.* FROM pg_catalog.pg_operator o
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_operator'::regclass
  AND d.objid = o.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'cocreation';

CREATE TEMP VIEW inv_opfamilies AS
SELECT f.oid, f.opfname, a.amname FROM pg_catalog.pg_opfamily f
JOIN pg_catalog.pg_am a ON a.oid = f.opfmethod
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_opfamily'::regclass
  AND d.objid = f.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'cocreation';

-- the functions that aggregates call on their state
CREATE TEMP VIEW inv_agg_support AS
SELECT DISTINCT s.oid, a.aggtranstype
FROM pg_catalog.pg_aggregate a
JOIN inv_functions s ON s.oid IN (a.aggtransfn, a.aggcombinefn)
WHERE a.aggfnoid IN (SELECT oid FROM inv_functions);

-- 1. A function whose result depends on a table, a setting or the clock, or
-- that changes anything, cannot be IMMUTABLE: the planner would fold it
-- into a constant and an index could hold its stale results.  The bodies of
-- the SQL and PL/pgSQL functions are searched for a relation of the
-- extension, a system catalog, dynamic SQL, a data change and the usual
-- volatile built-ins.
SELECT is_empty(
  $$ SELECT f.signature FROM inv_functions f
     WHERE f.provolatile = 'i' AND f.lanname IN ('sql', 'plpgsql')
       AND (pg_temp.inv_code(f.prosrc) ~* '\m(execute|insert|update|delete|truncate|create|alter|drop|grant|revoke|copy|perform)\M'
            OR pg_temp.inv_code(f.prosrc) ~* '\mpg_catalog\.pg_[a-z_]+\M'
            OR pg_temp.inv_code(f.prosrc) ~* '\m(now|clock_timestamp|statement_timestamp|random|current_setting|set_config|nextval|txid_current|pg_backend_pid|current_user|session_user)\s*\('
            OR pg_temp.inv_code(f.prosrc) ~* '\m(current_timestamp|current_date|localtimestamp)\M'
            OR EXISTS (SELECT 1 FROM inv_relations r
                       WHERE pg_temp.inv_code(f.prosrc) ~* ('\m' || r.relname || '\M'))) $$,
  'no IMMUTABLE function reads a table, a catalog, a setting or the clock, or changes anything');

-- 2. A function that changes the database (DDL or DML, directly or through
-- EXECUTE) is VOLATILE and PARALLEL UNSAFE: a worker cannot write, and a
-- STABLE function may be called fewer times than written.
SELECT is_empty(
  $$ SELECT f.signature FROM inv_functions f
     WHERE f.lanname IN ('sql', 'plpgsql')
       AND pg_temp.inv_code(f.prosrc) ~* '\m(execute|insert\s+into|update\s+\S+\s+set|delete\s+from|truncate|create|alter|drop|grant|revoke)\M'
       AND (f.provolatile <> 'v' OR f.proparallel <> 'u') $$,
  'every function that changes the database is VOLATILE and PARALLEL UNSAFE');

-- 3. A C function keeps no state between calls, reads no table and no
-- setting (the extension's C code calls no SPI and no GUC): omitting the
-- labels would leave the defaults VOLATILE and PARALLEL UNSAFE, which makes
-- every query using it slower and keeps it out of indexes and parallel plans.
SELECT is_empty(
  $$ SELECT signature || ': ' || provolatile::text || proparallel::text FROM inv_functions
     WHERE lanname = 'c' AND (provolatile <> 'i' OR proparallel <> 's') $$,
  'every C function is IMMUTABLE and PARALLEL SAFE');

-- 4. A type's input, output, receive and send functions, the functions of
-- its operators and casts, and the support functions of its operator
-- classes are IMMUTABLE, STRICT and PARALLEL SAFE: PostgreSQL calls them
-- when it builds indexes, plans and compares, and never with NULL.
SELECT is_empty(
  $$ SELECT DISTINCT f.signature FROM inv_functions f
     WHERE (f.oid IN (SELECT unnest(ARRAY[typinput, typoutput, typreceive, typsend]::oid[]) FROM inv_types)
            OR f.oid IN (SELECT oprcode FROM inv_operators)
            OR f.oid IN (SELECT c.castfunc FROM pg_catalog.pg_cast c)
            OR f.oid IN (SELECT p.amproc FROM pg_catalog.pg_amproc p
                         WHERE p.amprocfamily IN (SELECT oid FROM inv_opfamilies)))
       AND NOT (f.provolatile = 'i' AND f.proisstrict AND f.proparallel = 's') $$,
  'type I/O, operator, cast and operator-class functions are IMMUTABLE STRICT PARALLEL SAFE');

-- 5. Every other function with arguments is STRICT (a NULL argument gives
-- NULL without a call), except aggregate transition and combine functions,
-- which decide themselves what a NULL input or state means (named below),
-- svg(), whose optional arguments mean "none" when NULL (named below), and
-- the workspace builders, which refuse a NULL name with an error rather
-- than do nothing and return NULL.
SELECT is_empty(
  $$ SELECT f.signature FROM inv_functions f
     WHERE f.prokind = 'f' AND f.pronargs > 0 AND NOT f.proisstrict
       AND f.oid NOT IN (SELECT oid FROM inv_agg_support)
       AND f.oid NOT IN (SELECT a.aggserialfn FROM pg_catalog.pg_aggregate a)
       AND f.oid NOT IN (SELECT a.aggfinalfn FROM pg_catalog.pg_aggregate a
                         WHERE a.aggtranstype = 'pg_catalog.internal'::regtype)
       AND f.proname NOT IN ('svg', 'create_workspace', 'create_workspace_views', 'load_sample',
                             'cocreation_svg', 'cocreation_create_workspace',
                             'cocreation_create_workspace_views', 'cocreation_load_sample',
                             'cocreation_create_workspace_words', 'cocreation_create_workspace_columns',
                             'cocreation_rebuild_workspace') $$,
  'every function is STRICT but aggregate support and those whose NULL arguments mean something');

-- 6. An internal aggregate state is created by the transition function on
-- its first call: a STRICT one would never be called with the NULL state.
-- A deserial function is STRICT (PostgreSQL requires it).
SELECT is_empty(
  $$ SELECT f.signature FROM inv_functions f JOIN inv_agg_support s ON s.oid = f.oid
     WHERE s.aggtranstype = 'pg_catalog.internal'::regtype AND f.proisstrict
     UNION ALL
     SELECT f.signature FROM inv_functions f JOIN pg_catalog.pg_aggregate a ON a.aggdeserialfn = f.oid
     WHERE NOT f.proisstrict $$,
  'transition and combine functions of an internal state are not STRICT; deserial functions are');

-- 7. An aggregate either runs in parallel plans (PARALLEL SAFE, with a
-- combine function, serial/deserial functions and a size estimate for an
-- internal state, all support functions PARALLEL SAFE), or is kept in the
-- leader (PARALLEL RESTRICTED, no combine function): never half of each.
SELECT is_empty(
  $$ SELECT f.signature FROM inv_functions f JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = f.oid
     WHERE (f.proparallel = 's' AND (a.aggcombinefn = 0
              OR (a.aggtranstype = 'pg_catalog.internal'::regtype
                  AND (a.aggserialfn = 0 OR a.aggdeserialfn = 0 OR a.aggtransspace <= 0))
              OR EXISTS (SELECT 1 FROM pg_catalog.pg_proc s
                         WHERE s.oid IN (a.aggtransfn, a.aggfinalfn, a.aggcombinefn, a.aggserialfn,
                                         a.aggdeserialfn) AND s.proparallel <> 's')))
        OR (f.proparallel <> 's' AND (f.proparallel <> 'r' OR a.aggcombinefn <> 0)) $$,
  'every aggregate is PARALLEL SAFE with combine (serial/deserial and a size estimate for internal states), or RESTRICTED without');

-- 7b. The aggregates kept in the leader are exactly those whose state holds
-- every distinct key of any type (units, or the rated items of a pair):
-- such a state cannot be shrunk exactly, and one worker's could pass the
-- 1 GB limit of a serialized value (doc/aggregates.md). weighted_kappa's
-- keys are float8 ratings, 24 bytes each with their counts: it is split
-- across workers, up to 44 million distinct ratings a worker. A decision,
-- so a list.
SELECT set_eq(
  $$ SELECT DISTINCT f.proname::text FROM inv_functions f
     JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = f.oid WHERE f.proparallel <> 's' $$,
  ARRAY['krippendorff_alpha', 'fleiss_kappa', 'percent_agreement_units', 'cohen_kappa'],
  'the aggregates kept out of parallel partial aggregation are the keyed agreement aggregates');

-- 8. SQL and PL/pgSQL functions resolve names through their own
-- search_path, starting with pg_catalog, not through the caller's.
SELECT is_empty(
  $$ SELECT signature FROM inv_functions
     WHERE lanname IN ('sql', 'plpgsql')
       AND NOT EXISTS (SELECT 1 FROM unnest(proconfig) c WHERE c LIKE 'search_path=pg_catalog%') $$,
  'every SQL and PL/pgSQL function sets its search_path, pg_catalog first');

SELECT is_empty(
  $$ SELECT signature FROM inv_functions WHERE prosecdef $$,
  'no function is SECURITY DEFINER');

-- 9. Comparison operators carry what the planner needs to use them: a
-- commutator and a negator that point back, restriction and join
-- estimators, and the right commutator and negator names.
SELECT is_empty(
  $$ SELECT o.oid::regoperator::text FROM inv_operators o
     WHERE o.oprname IN ('=', '<>', '<', '<=', '>', '>=') AND o.oprleft = o.oprright
       AND (o.oprcom = 0 OR o.oprnegate = 0 OR o.oprrest = 0 OR o.oprjoin = 0
            OR (SELECT c.oprcom FROM pg_catalog.pg_operator c WHERE c.oid = o.oprcom) <> o.oid
            OR (SELECT n.oprnegate FROM pg_catalog.pg_operator n WHERE n.oid = o.oprnegate) <> o.oid
            OR (SELECT c.oprname FROM pg_catalog.pg_operator c WHERE c.oid = o.oprcom)
               <> (ARRAY['=', '<>', '>', '>=', '<', '<='])[array_position(ARRAY['=', '<>', '<', '<=', '>', '>='], o.oprname::text)]
            OR (SELECT n.oprname FROM pg_catalog.pg_operator n WHERE n.oid = o.oprnegate)
               <> (ARRAY['<>', '=', '>=', '>', '<=', '<'])[array_position(ARRAY['=', '<>', '<', '<=', '>', '>='], o.oprname::text)]) $$,
  'every comparison operator has a matching commutator, negator and estimators');

-- an operator that is commutative by its nature (sum, distance) says so
SELECT is_empty(
  $$ SELECT o.oid::regoperator::text FROM inv_operators o
     WHERE o.oprname IN ('+', '<->') AND o.oprleft = o.oprright AND o.oprcom <> o.oid $$,
  'sums and distances are their own commutators');

-- 10. An = that hashes or merges is backed by a hash or btree operator
-- class, and every type with a btree class has a hash class too, so that
-- GROUP BY and joins can choose either.
SELECT is_empty(
  $$ SELECT o.oid::regoperator::text FROM inv_operators o
     WHERE (o.oprcanhash AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_amop a JOIN inv_opfamilies f ON f.oid = a.amopfamily
                                         WHERE a.amopopr = o.oid AND f.amname = 'hash'))
        OR (o.oprcanmerge AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_amop a JOIN inv_opfamilies f ON f.oid = a.amopfamily
                                          WHERE a.amopopr = o.oid AND f.amname = 'btree')) $$,
  'an = that hashes or merges has the operator class that makes it so');

-- 11. Each btree operator family is complete: the five strategies with the
-- operators of those names, and a comparison support function; each hash
-- family has its = and both hash functions (32 and 64 bit).
SELECT is_empty(
  $$ SELECT f.opfname::text || ' (' || f.amname::text || ')' FROM inv_opfamilies f
     WHERE f.amname = 'btree'
       AND (SELECT array_agg(o.oprname::text ORDER BY a.amopstrategy) FROM pg_catalog.pg_amop a
            JOIN pg_catalog.pg_operator o ON o.oid = a.amopopr WHERE a.amopfamily = f.oid)
           IS DISTINCT FROM ARRAY['<', '<=', '=', '>=', '>']
        OR f.amname = 'btree' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_amproc p
                                              WHERE p.amprocfamily = f.oid AND p.amprocnum = 1)
        OR f.amname = 'hash'
       AND ((SELECT array_agg(o.oprname::text) FROM pg_catalog.pg_amop a
             JOIN pg_catalog.pg_operator o ON o.oid = a.amopopr WHERE a.amopfamily = f.oid)
            IS DISTINCT FROM ARRAY['=']
            OR (SELECT array_agg(p.amprocnum ORDER BY p.amprocnum) FROM pg_catalog.pg_amproc p
                WHERE p.amprocfamily = f.oid) IS DISTINCT FROM ARRAY[1, 2]::int2[]) $$,
  'every btree family has <, <=, =, >=, > and a comparison; every hash family = and both hashes');

-- the operator classes work: each btree class sorts the type's values as
-- its comparison function says, checked on the type's own operators
SELECT is_empty(
  $$ SELECT f.opfname::text FROM inv_opfamilies f
     WHERE f.amname = 'btree' AND NOT EXISTS (
       SELECT 1 FROM pg_catalog.pg_opclass c WHERE c.opcfamily = f.oid AND c.opcdefault) $$,
  'every btree family has a default operator class');

-- Decisions no rule derives, each checked by name:
-- * tally_agg(level, NULL) counts the activity with weight 0 and a NULL
--   level as an uncoded activity, so its transition and combine functions
--   see NULLs (not STRICT), though the state is not internal.
SELECT results_eq(
  $$ SELECT proname::text COLLATE "default", bool_or(proisstrict) FROM inv_functions
     WHERE proname IN ('tally_sfunc', 'tally_merge') GROUP BY 1 ORDER BY 1 $$,
  $$ VALUES ('tally_merge', false), ('tally_sfunc', false) $$,
  'tally_sfunc and tally_merge are not STRICT (NULL levels and weights are counted)');
-- * svg() draws a chart without a title or a comparison profile: its NULL
--   arguments mean "none", so it is not STRICT (rule 5 names it).
SELECT results_eq(
  $$ SELECT count(*)::int, bool_or(proisstrict) FROM inv_functions WHERE proname ~ 'svg$' $$,
  $$ VALUES (2, false) $$,
  'both svg() functions are not STRICT: a NULL title or comparison profile means none');

-- the rules above hold over something: the catalog queries find the
-- extension's objects of every kind
SELECT results_eq(
  $$ SELECT (SELECT count(*) > 0 FROM inv_functions WHERE lanname = 'c'),
            (SELECT count(*) > 0 FROM inv_functions WHERE lanname IN ('sql', 'plpgsql')),
            (SELECT count(*) > 0 FROM inv_functions WHERE prokind = 'a'),
            (SELECT count(*) > 0 FROM inv_types), (SELECT count(*) > 0 FROM inv_operators),
            (SELECT count(*) > 0 FROM inv_opfamilies WHERE amname = 'btree'),
            (SELECT count(*) > 0 FROM inv_opfamilies WHERE amname = 'hash'),
            (SELECT count(*) > 0 FROM inv_relations) $$,
  $$ VALUES (true, true, true, true, true, true, true, true) $$,
  'the extension''s C, SQL and PL/pgSQL functions, aggregates, types, operators, operator families and tables are found');

SELECT * FROM finish();
ROLLBACK;
