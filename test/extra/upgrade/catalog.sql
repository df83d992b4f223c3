-- catalog.sql: the extension's objects as sorted text lines, one per
-- property, without OIDs; test/extra/upgrade.sh compares an updated
-- database's lines with a fresh install's.  Every member (pg_depend, deptype
-- 'e') is described, and for each kind what a definition can differ in.
WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'cocreation'),
member AS (
  SELECT d.classid, d.objid, d.objsubid FROM pg_depend d, ext
  WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'),
lines AS (
  -- the member list, and every member's comment
  SELECT 'member ' || pg_describe_object(classid, objid, objsubid) AS line FROM member
  UNION ALL
  SELECT 'comment ' || pg_describe_object(m.classid, m.objid, m.objsubid) || ': ' || d.description
  FROM member m JOIN pg_description d ON d.classoid = m.classid AND d.objoid = m.objid
  UNION ALL
  -- comments on columns of member tables and types
  SELECT 'comment ' || pg_describe_object(d.classoid, d.objoid, d.objsubid) || ': ' || d.description
  FROM member m JOIN pg_description d ON d.classoid = m.classid AND d.objoid = m.objid AND d.objsubid > 0
  UNION ALL
  -- functions: the whole definition (volatility, strictness, parallel
  -- safety, security, SET, argument names and defaults, cost, rows, body)
  SELECT 'function ' || p.oid::regprocedure || ': ' ||
         CASE WHEN p.prokind = 'a' THEN 'aggregate'
              ELSE concat_ws(' | ', pg_get_functiondef(p.oid), 'leakproof=' || p.proleakproof,
                             'acl=' || coalesce(p.proacl::text, 'default')) END
  FROM member m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
  UNION ALL
  -- aggregates with their support functions
  SELECT 'aggregate ' || a.aggfnoid::regprocedure || ': ' ||
         concat_ws(' ', 'kind=' || a.aggkind::text, 'sfunc=' || a.aggtransfn::regprocedure::text,
                   'finalfunc=' || a.aggfinalfn, 'combine=' || a.aggcombinefn, 'serial=' || a.aggserialfn,
                   'deserial=' || a.aggdeserialfn, 'msfunc=' || a.aggmtransfn, 'minv=' || a.aggminvtransfn,
                   'mfinal=' || a.aggmfinalfn, 'extra=' || a.aggfinalextra, 'modify=' || a.aggfinalmodify::text,
                   'sortop=' || a.aggsortop::regoperator::text, 'stype=' || a.aggtranstype::regtype,
                   'init=' || coalesce(a.agginitval, 'NULL'), 'mstype=' || a.aggmtranstype::regtype,
                   'parallel=' || p.proparallel::text, 'strict=' || p.proisstrict, 'volatile=' || p.provolatile::text)
  FROM member m JOIN pg_aggregate a ON m.classid = 'pg_proc'::regclass AND a.aggfnoid = m.objid
  JOIN pg_proc p ON p.oid = a.aggfnoid
  UNION ALL
  -- types: storage, I/O and support functions
  SELECT 'type ' || t.oid::regtype || ': ' ||
         concat_ws(' ', 'len=' || t.typlen, 'byval=' || t.typbyval, 'kind=' || t.typtype::text,
                   'category=' || t.typcategory::text, 'preferred=' || t.typispreferred,
                   'delim=' || t.typdelim::text, 'in=' || t.typinput, 'out=' || t.typoutput,
                   'recv=' || t.typreceive, 'send=' || t.typsend, 'modin=' || t.typmodin,
                   'modout=' || t.typmodout, 'analyze=' || t.typanalyze, 'subscript=' || t.typsubscript,
                   'elem=' || t.typelem::regtype, 'array=' || t.typarray::regtype,
                   'align=' || t.typalign::text, 'storage=' || t.typstorage::text, 'notnull=' || t.typnotnull,
                   'basetype=' || t.typbasetype::regtype, 'collation=' || t.typcollation,
                   'default=' || coalesce(t.typdefault, 'NULL'), 'acl=' || coalesce(t.typacl::text, 'default'))
  FROM member m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
  UNION ALL
  SELECT 'operator ' || o.oid::regoperator || ': ' ||
         concat_ws(' ', 'kind=' || o.oprkind::text, 'merges=' || o.oprcanmerge, 'hashes=' || o.oprcanhash,
                   'result=' || o.oprresult::regtype, 'com=' || o.oprcom::regoperator::text,
                   'negate=' || o.oprnegate::regoperator::text, 'code=' || o.oprcode::regprocedure::text,
                   'rest=' || o.oprrest, 'join=' || o.oprjoin)
  FROM member m JOIN pg_operator o ON m.classid = 'pg_operator'::regclass AND o.oid = m.objid
  UNION ALL
  SELECT 'cast ' || c.castsource::regtype || ' -> ' || c.casttarget::regtype || ': ' ||
         concat_ws(' ', 'func=' || c.castfunc::regprocedure::text, 'context=' || c.castcontext::text,
                   'method=' || c.castmethod::text)
  FROM member m JOIN pg_cast c ON m.classid = 'pg_cast'::regclass AND c.oid = m.objid
  UNION ALL
  -- operator classes and families, with their operators and support functions
  SELECT 'opclass ' || pg_describe_object('pg_opclass'::regclass, c.oid, 0) || ': ' ||
         concat_ws(' ', 'family=' || pg_describe_object('pg_opfamily'::regclass, c.opcfamily, 0),
                   'type=' || c.opcintype::regtype, 'default=' || c.opcdefault,
                   'keytype=' || c.opckeytype::regtype)
  FROM member m JOIN pg_opclass c ON m.classid = 'pg_opclass'::regclass AND c.oid = m.objid
  UNION ALL
  SELECT 'amop ' || pg_describe_object('pg_opfamily'::regclass, f.oid, 0) || ': ' ||
         concat_ws(' ', a.amopstrategy, a.amoplefttype::regtype, a.amoprighttype::regtype,
                   a.amopopr::regoperator::text, a.amoppurpose::text, a.amopsortfamily)
  FROM member m JOIN pg_opfamily f ON m.classid = 'pg_opfamily'::regclass AND f.oid = m.objid
  JOIN pg_amop a ON a.amopfamily = f.oid
  UNION ALL
  SELECT 'amproc ' || pg_describe_object('pg_opfamily'::regclass, f.oid, 0) || ': ' ||
         concat_ws(' ', a.amprocnum, a.amproclefttype::regtype, a.amprocrighttype::regtype,
                   a.amproc::regprocedure::text)
  FROM member m JOIN pg_opfamily f ON m.classid = 'pg_opfamily'::regclass AND f.oid = m.objid
  JOIN pg_amproc a ON a.amprocfamily = f.oid
  UNION ALL
  -- tables and views: columns, constraints, privileges, and a table's rows
  SELECT 'relation ' || c.oid::regclass || ': ' ||
         concat_ws(' ', 'kind=' || c.relkind::text, 'acl=' || coalesce(c.relacl::text, 'default'),
                   'options=' || coalesce(c.reloptions::text, 'none'),
                   'rls=' || c.relrowsecurity)
  FROM member m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
  UNION ALL
  SELECT 'column ' || c.oid::regclass || '.' || a.attname || ': ' ||
         concat_ws(' ', a.attnum, format_type(a.atttypid, a.atttypmod), 'notnull=' || a.attnotnull,
                   'default=' || coalesce(pg_get_expr(ad.adbin, ad.adrelid), 'none'),
                   'generated=' || a.attgenerated::text, 'identity=' || a.attidentity::text,
                   'collation=' || a.attcollation)
  FROM member m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
  UNION ALL
  SELECT 'constraint ' || c.conrelid::regclass || ' ' || c.conname || ': ' || pg_get_constraintdef(c.oid)
  FROM member m JOIN pg_constraint c ON m.classid = 'pg_class'::regclass AND c.conrelid = m.objid
  UNION ALL
  SELECT 'index ' || i.indexrelid::regclass || ': ' || pg_get_indexdef(i.indexrelid)
  FROM member m JOIN pg_index i ON m.classid = 'pg_class'::regclass AND i.indrelid = m.objid
  UNION ALL
  SELECT 'view ' || c.oid::regclass || ': ' || pg_get_viewdef(c.oid)
  FROM member m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid AND c.relkind = 'v'
  UNION ALL
  SELECT 'extension: ' || concat_ws(' ', e.extname, e.extversion, 'schema=' || e.extnamespace::regnamespace,
                                    'relocatable=' || e.extrelocatable, 'config=' || coalesce(e.extconfig::text, 'none'))
  FROM pg_extension e WHERE e.extname = 'cocreation'
)
SELECT line FROM lines ORDER BY line COLLATE "C";
