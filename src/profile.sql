------------------------------------------------------------------------------
-- calibrated profiles (src/profile.sql)
------------------------------------------------------------------------------

-- the scores: 0 to 3 crosses in half steps per level, as in Table 3
CREATE TYPE @extschema@.profile;

CREATE FUNCTION @extschema@.profile_in(pg_catalog.cstring) RETURNS @extschema@.profile
  AS 'MODULE_PATHNAME', 'profile_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_out(@extschema@.profile) RETURNS pg_catalog.cstring
  AS 'MODULE_PATHNAME', 'profile_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_recv(pg_catalog.internal) RETURNS @extschema@.profile
  AS 'MODULE_PATHNAME', 'profile_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_send(@extschema@.profile) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'profile_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.profile (
  INPUT = @extschema@.profile_in,
  OUTPUT = @extschema@.profile_out,
  RECEIVE = @extschema@.profile_recv,
  SEND = @extschema@.profile_send,
  INTERNALLENGTH = 4,
  PASSEDBYVALUE,
  ALIGNMENT = int4,
  STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE @extschema@.profile IS
  'co-creation profile: 0 to 3 crosses in half steps for service production, problem solving and policymaking (paper: Cross-case comparison, Table 3)';
COMMENT ON FUNCTION @extschema@.profile_in(pg_catalog.cstring) IS
  'text input of type profile: (1, 3, 0) or the paper''s notation x | xxx | -';
COMMENT ON FUNCTION @extschema@.profile_out(@extschema@.profile) IS 'text output of type profile';
COMMENT ON FUNCTION @extschema@.profile_recv(pg_catalog.internal) IS 'binary input of type profile';
COMMENT ON FUNCTION @extschema@.profile_send(@extschema@.profile) IS 'binary output of type profile';

CREATE FUNCTION @extschema@.profile_eq(@extschema@.profile, @extschema@.profile) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'profile_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.profile_ne(@extschema@.profile, @extschema@.profile) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'profile_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.profile_hash(@extschema@.profile) RETURNS pg_catalog.int4
  AS 'MODULE_PATHNAME', 'profile_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.profile_hash_extended(@extschema@.profile, pg_catalog.int8) RETURNS pg_catalog.int8
  AS 'MODULE_PATHNAME', 'profile_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.profile_distance(@extschema@.profile, @extschema@.profile) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'profile_distance' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.profile_eq(@extschema@.profile, @extschema@.profile) IS 'implementation of = for profiles';
COMMENT ON FUNCTION @extschema@.profile_ne(@extschema@.profile, @extschema@.profile) IS 'implementation of <> for profiles';
COMMENT ON FUNCTION @extschema@.profile_hash(@extschema@.profile) IS 'hash of a profile';
COMMENT ON FUNCTION @extschema@.profile_hash_extended(@extschema@.profile, pg_catalog.int8) IS 'seeded hash of a profile';
COMMENT ON FUNCTION @extschema@.profile_distance(@extschema@.profile, @extschema@.profile) IS
  'implementation of <-> for profiles: Euclidean distance between the score vectors, in crosses';

CREATE OPERATOR @extschema@.= (
  LEFTARG = @extschema@.profile, RIGHTARG = @extschema@.profile,
  FUNCTION = @extschema@.profile_eq,
  COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
  RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES
);
CREATE OPERATOR @extschema@.<> (
  LEFTARG = @extschema@.profile, RIGHTARG = @extschema@.profile,
  FUNCTION = @extschema@.profile_ne,
  COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
  RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.<-> (
  LEFTARG = @extschema@.profile, RIGHTARG = @extschema@.profile,
  FUNCTION = @extschema@.profile_distance,
  COMMUTATOR = OPERATOR(@extschema@.<->)
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.profile, @extschema@.profile) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.profile, @extschema@.profile) IS 'not equal';
COMMENT ON OPERATOR @extschema@.<-> (@extschema@.profile, @extschema@.profile) IS
  'Euclidean distance between the score vectors, for nearest-case queries';

-- GROUP BY profile, DISTINCT, hash joins
CREATE OPERATOR CLASS @extschema@.profile_hash_ops
  DEFAULT FOR TYPE @extschema@.profile USING hash AS
    OPERATOR 1 @extschema@.= ,
    FUNCTION 1 @extschema@.profile_hash(@extschema@.profile),
    FUNCTION 2 @extschema@.profile_hash_extended(@extschema@.profile, pg_catalog.int8);

CREATE FUNCTION @extschema@.profile_to_jsonb(@extschema@.profile) RETURNS pg_catalog.jsonb
  AS 'MODULE_PATHNAME', 'profile_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.profile_to_jsonb(@extschema@.profile) IS
  'a profile as a JSON object with one score per level';
CREATE CAST (@extschema@.profile AS pg_catalog.jsonb)
  WITH FUNCTION @extschema@.profile_to_jsonb(@extschema@.profile);
CREATE CAST (@extschema@.profile AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.profile) WITH INOUT;

-- calibration: evidence to crosses.  The extension has no default
-- thresholds: the paper gives no rule from evidence to crosses, so the
-- analyst chooses them (doc/calibration.md), for a workspace in its
-- calibration table
-- two signatures rather than a DEFAULT for the method: a call that leaves
-- an argument to its DEFAULT is ambiguous next to a shorter overload
-- (doc/planted-functions.md), and profile(t, thresholds) is the usual call
CREATE FUNCTION @extschema@.profile(t @extschema@.tally,
                                   thresholds pg_catalog.float8[],
                                   method pg_catalog.text)
  RETURNS @extschema@.profile
  AS 'MODULE_PATHNAME', 'profile_calibrate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.profile(@extschema@.tally, pg_catalog.float8[], pg_catalog.text) IS
  'calibrates a tally: the sum (method sum) or the largest (max) of weights per level, piecewise linear through the thresholds for 1, 2 and 3 crosses, rounded down to half a cross';
CREATE FUNCTION @extschema@.profile(t @extschema@.tally,
                                   thresholds pg_catalog.float8[])
  RETURNS @extschema@.profile
  AS 'MODULE_PATHNAME', 'profile_calibrate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.profile(@extschema@.tally, pg_catalog.float8[]) IS
  'calibrates a tally with method sum: the sum of weights per level, piecewise linear through the thresholds for 1, 2 and 3 crosses, rounded down to half a cross';

-- reading a profile
CREATE FUNCTION @extschema@.score(p @extschema@.profile, level @extschema@.level) RETURNS pg_catalog.numeric
  AS 'MODULE_PATHNAME', 'profile_score' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.notation(p @extschema@.profile) RETURNS pg_catalog.text
  AS 'MODULE_PATHNAME', 'profile_notation' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.reach(p @extschema@.profile) RETURNS @extschema@.level
  AS 'MODULE_PATHNAME', 'profile_reach' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.goes_all_the_way(p @extschema@.profile,
                                            min_score pg_catalog.numeric DEFAULT 3)
  RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'profile_goes_all_the_way' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.political_gap(p @extschema@.profile) RETURNS pg_catalog.numeric
  AS 'MODULE_PATHNAME', 'profile_political_gap' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score(@extschema@.profile, @extschema@.level) IS
  'the score of a level, 0 to 3 in steps of 0.5; NULL for level none, which has no score';
COMMENT ON FUNCTION @extschema@.notation(@extschema@.profile) IS
  'a profile in the paper''s notation (Table 3): x | xxx | -, with x(x) for 1.5';
COMMENT ON FUNCTION @extschema@.reach(@extschema@.profile) IS
  'the highest level scoring at least one cross, none if no level does';
COMMENT ON FUNCTION @extschema@.goes_all_the_way(@extschema@.profile, pg_catalog.numeric) IS
  'every level scores at least min_score, by default 3, the top of the scale: "all three forms of co-creation should be exploited in full" (paper: Theoretical Framework); on Table 3 no case does ("co-creation still plays a marginal role at the level of policymaking", Conclusion)';
COMMENT ON FUNCTION @extschema@.political_gap(@extschema@.profile) IS
  'the larger administrative score minus the policymaking score; positive where political co-creation lags (paper: Cross-case comparison)';
