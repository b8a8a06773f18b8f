-- The enhancement, step 1 of the guide's generated migration: the enum types. The guide's
-- "Issue 1: Enum type conflicts" answer (DROP TYPE ... CASCADE) would drop every column of that
-- type with its data; here Flyway's history says whether this script ran, so a type of the same
-- name can only be foreign to this service, and the script fails on it instead of destroying it.
-- Values are upper case, as the guide's SQL writes them ('COMPLETED'::batch_status).
CREATE TYPE ingredient_type AS ENUM (
    'FLOUR', 'SUGAR', 'FAT', 'DAIRY', 'EGGS', 'YEAST', 'SALT', 'FLAVORING', 'INCLUSION', 'PACKAGING',
    'INTERMEDIATE', 'FINISHED_PRODUCT', 'OTHER');
CREATE TYPE batch_status AS ENUM ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED');
CREATE TYPE quality_status AS ENUM ('PENDING', 'PASSED', 'FAILED', 'ON_HOLD');
-- Beside the guide's three: a lot's life, a pallet's life and an audit row's operation.
CREATE TYPE lot_status AS ENUM ('AVAILABLE', 'IN_USE', 'DEPLETED', 'EXPIRED');
CREATE TYPE pallet_status AS ENUM ('PACKED', 'IN_STORAGE', 'SHIPPED');
CREATE TYPE audit_action AS ENUM ('INSERT', 'UPDATE', 'DELETE');
