------------------------------------------------------------------------------
-- the vocabulary (src/vocabulary.sql)
------------------------------------------------------------------------------

-- The vocabulary: every word list of the extension, from the C code that
-- reads the words (one list each).  Field actor, object, decision (what
-- classify() reads), scope (ordinal = the weight of cocreation_scope_weight),
-- polarity, dimension, stage (ordinal 1, 2, ... in the order of a balance's
-- cells), level (ordinal = the level's code, 0 to 3) and level_alias (the
-- other spellings level input accepts; meaning = the level it stands for).
CREATE FUNCTION @extschema@.cocreation_vocabulary()
  RETURNS TABLE (field pg_catalog.text, word pg_catalog.text, ordinal pg_catalog.int4,
                 meaning pg_catalog.text)
  AS 'MODULE_PATHNAME', 'cocreation_vocabulary' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
  ROWS 60;
COMMENT ON FUNCTION @extschema@.cocreation_vocabulary() IS
  'every word the extension reads, by field (actor, object, decision, scope, polarity, dimension, stage, level, level_alias), in list order, with its ordinal and meaning; error hints and workspace CHECKs come from these lists';

CREATE FUNCTION @extschema@.cocreation_words(field pg_catalog.text) RETURNS pg_catalog.text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
  SELECT pg_catalog.array_agg(v.word ORDER BY v.n)
  FROM @extschema@.cocreation_vocabulary() WITH ORDINALITY AS v(field, word, ordinal, meaning, n)
  WHERE v.field OPERATOR(pg_catalog.=) cocreation_words.field;
END;
COMMENT ON FUNCTION @extschema@.cocreation_words(pg_catalog.text) IS
  'the words of one field of cocreation_vocabulary(), in list order (NULL for an unknown field)';
