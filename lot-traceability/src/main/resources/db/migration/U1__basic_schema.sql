-- Back to an empty database: the basic schema's tables and every row in them.
SET LOCAL lock_timeout = '5s';
DROP TABLE pallets;
DROP TABLE production_runs;
DROP TABLE recipes;
