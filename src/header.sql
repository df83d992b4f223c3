/* the install script of the cocreation extension, assembled by the Makefile
 * from the parts src/NAME.sql; do not edit the assembled cocreation--<version>.sql */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION cocreation" to load this file. \quit

/*
 * Conventions, for every section below:
 * - the extension installs into the schema CREATE EXTENSION chooses (by
 *   default the first on the search_path, normally public); every object is
 *   qualified (@extschema@., pg_catalog.), so that the script means the same
 *   under any search_path;
 * - @extschema@ appears only as an identifier, never inside a quoted string
 *   or a dollar-quoted body (CVE-2023-39417): SQL functions that name the
 *   extension's objects have SQL-standard bodies (BEGIN ATOMIC), bound to
 *   those objects when the extension is created; PL/pgSQL functions that
 *   build SQL read the extension's schema from pg_extension;
 * - every call the extension makes binds exactly: arguments of the declared
 *   types (typed literals, never an untyped one that a text overload planted
 *   in the same schema would capture);
 * - SQL-language functions carry SET search_path = pg_catalog, pg_temp;
 * - volatility, strictness and parallel labels are stated on every function
 *   and checked by the pgTAP tests in test/;
 * - every object gets a COMMENT that cites the paper where a rule comes from.
 * The paper: Bentzen, Sorensen & Torfing, "Strengthening public service
 * production, administrative problem solving, and political leadership
 * through co-creation of innovative public value outcomes?"
 */


-- While this script runs, unqualified names mean pg_catalog's only: the
-- bodies of SQL-standard functions are bound here, once, and an operator or
-- function the installing database owner put in the target schema beforehand
-- (say *(integer, numeric), an exact match where pg_catalog's needs a
-- coercion) must not be what they bind to (doc/planted-functions.md).  SET
-- LOCAL ends with the script; the caller's search_path is untouched.
SET LOCAL search_path = pg_catalog, pg_temp;
