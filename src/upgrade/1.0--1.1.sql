/* the update script from 1.0 to 1.1, assembled from src/upgrade/1.0--1.1.sql
 * (changes to 1.0's objects) and the parts new in 1.1 (Makefile) */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION cocreation UPDATE TO '1.1'" to load this file. \quit

-- the conventions of the install script (src/header.sql) hold here too:
-- unqualified names mean pg_catalog's only while the script runs
SET LOCAL search_path = pg_catalog, pg_temp;
