-- U1734567890000: undoes V1734567890000__initial_database_setup.sql
--
-- Drops the first schema, children first. The core refuses to run it while these tables hold rows,
-- unless the caller accepts the loss (allowDataLoss): nothing here restores them.

SET LOCAL lock_timeout = '5s';

DROP TABLE episodes;
DROP TABLE courses;
DROP TABLE user_roles;
DROP TABLE users;
