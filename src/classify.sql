------------------------------------------------------------------------------
-- classification: classify() and its explain and strict forms (src/classify.sql)
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.classify(actors pg_catalog.text[], object pg_catalog.text,
                                    decision pg_catalog.text DEFAULT 'joint')
  RETURNS @extschema@.level
  AS 'MODULE_PATHNAME', 'cocreation_classify' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.classify(pg_catalog.text[], pg_catalog.text, pg_catalog.text) IS
  'level of a co-creation activity from its actors, object and decision mode (paper: Theoretical Framework; rules in the README)';

CREATE FUNCTION @extschema@.classify_explain(actors pg_catalog.text[], object pg_catalog.text,
    decision pg_catalog.text DEFAULT 'joint',
    OUT level @extschema@.level, OUT participation pg_catalog.text,
    OUT reason pg_catalog.text, OUT rule pg_catalog.int4, OUT choice pg_catalog.text)
  RETURNS record
  AS 'MODULE_PATHNAME', 'cocreation_classify_explain' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.classify_explain(pg_catalog.text[], pg_catalog.text, pg_catalog.text) IS
  'classify() with the participation mode on the IAP2 spectrum, the reason, the number of the rule that decided, and the tool''s choice the verdict rests on (NULL if none) with the paper''s words against it';

-- the strict mode: joint decisions only; advisory and delegated are not
-- co-creation (the paper's criterion "power sharing and joint decision-making")
CREATE FUNCTION @extschema@.classify_strict(actors pg_catalog.text[], object pg_catalog.text,
                                           decision pg_catalog.text DEFAULT 'joint')
  RETURNS @extschema@.level
  AS 'MODULE_PATHNAME', 'cocreation_classify_strict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.classify_strict(pg_catalog.text[], pg_catalog.text, pg_catalog.text) IS
  'classify() in the strict mode: only joint decisions are co-creation, advisory and delegated are not (paper: "power sharing and joint decision-making")';

CREATE FUNCTION @extschema@.classify_strict_explain(actors pg_catalog.text[], object pg_catalog.text,
    decision pg_catalog.text DEFAULT 'joint',
    OUT level @extschema@.level, OUT participation pg_catalog.text,
    OUT reason pg_catalog.text, OUT rule pg_catalog.int4, OUT choice pg_catalog.text)
  RETURNS record
  AS 'MODULE_PATHNAME', 'cocreation_classify_strict_explain' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.classify_strict_explain(pg_catalog.text[], pg_catalog.text, pg_catalog.text) IS
  'classify_explain() in the strict mode (joint decisions only)';
