-- Phase 1.1: the guide's new user columns. The guide adds them with DEFAULT FALSE and then runs an
-- UPDATE over every user to set them TRUE for existing users: a whole-table rewrite holding a row
-- lock on every user until commit. Here each flag is added with the value existing users must get
-- as its default, which PostgreSQL records in the catalog without touching a row, and the default
-- is then switched to what a new user gets. Same result as the guide's UPDATE, no rewrite.
SET LOCAL lock_timeout = '5s';
ALTER TABLE users ADD COLUMN email_verified boolean NOT NULL DEFAULT true;
ALTER TABLE users ALTER COLUMN email_verified SET DEFAULT false;
ALTER TABLE users ADD COLUMN has_completed_onboarding boolean NOT NULL DEFAULT true;
ALTER TABLE users ALTER COLUMN has_completed_onboarding SET DEFAULT false;
ALTER TABLE users ADD COLUMN is_active boolean NOT NULL DEFAULT true;
ALTER TABLE users ADD COLUMN last_login_at timestamptz;
