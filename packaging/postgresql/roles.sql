-- Twinning Desk: the roles of a committee's shared database, for psql.
--
-- The same rights as `twinning-desk db create-roles` gives (a test checks that both
-- agree), for a server's administrator who prefers psql. Run it as the server's
-- administrator (postgres), connected to the committee's database, once the database
-- exists (CREATE DATABASE jumelage;), before or after its tables are made:
--
--   psql -h HOST -U postgres -d jumelage -v ON_ERROR_STOP=1 \
--        -v prefix=jumelage \
--        -v owner_password='…' -v editor_password='…' -v reader_password='…' \
--        -f roles.sql
--
-- Variables:
--   prefix            the roles are PREFIX_owner, PREFIX_editor and PREFIX_reader
--   owner_password    the owner: opens the database once after each new version of
--                     Twinning Desk, which upgrades its tables; nobody needs it day to day
--   editor_password   the editor: reads and writes (the secretary, the treasurer)
--   reader_password   the reader: reads and prints only (the mayor); Twinning Desk sees
--                     it may not write and opens read-only
--
-- Running it again is harmless: a role that exists keeps its password unless one is
-- given again (every run sets the three passwords given). Everything is one transaction.

\set ON_ERROR_STOP on
BEGIN;

SELECT :'prefix' || '_owner' AS owner_role,
       :'prefix' || '_editor' AS editor_role,
       :'prefix' || '_reader' AS reader_role \gset

-- The three roles, created or given the passwords passed.
SELECT format('CREATE ROLE %I LOGIN', r) FROM unnest(ARRAY[:'owner_role', :'editor_role',
       :'reader_role']) AS r WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'owner_role', :'owner_password') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'editor_role', :'editor_password') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'reader_role', :'reader_password') \gexec

-- Tables made before (by the administrator, or by a copy) pass to the owner, so that
-- its later upgrades may alter them.
SELECT format('ALTER TABLE public.%I OWNER TO %I', tablename, :'owner_role')
  FROM pg_tables WHERE schemaname = 'public' \gexec

SELECT format('ALTER DATABASE %I OWNER TO %I', current_database(), :'owner_role') \gexec
-- Other roles of the server (another committee's) may not even connect.
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database()) \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I, %I', current_database(),
       :'editor_role', :'reader_role') \gexec
ALTER SCHEMA public OWNER TO :"owner_role";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"editor_role", :"reader_role";

-- The tables there are now.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"editor_role";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"editor_role";
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"reader_role";
GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO :"reader_role";

-- The tables later upgrades create (they run as the owner).
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"editor_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO :"editor_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public
  GRANT SELECT ON TABLES TO :"reader_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public
  GRANT SELECT ON SEQUENCES TO :"reader_role";

-- The reader's sessions are read-only on the server too, whatever a client asks.
SELECT format('ALTER ROLE %I IN DATABASE %I SET default_transaction_read_only = on',
       :'reader_role', current_database()) \gexec

COMMIT;
