-- Restores the Prisma users table. The flags and last_login_at are the only copy of what they say
-- (who verified, who logged in when), so the core refuses this undo on users with values unless
-- the caller accepts losing them.
SET LOCAL lock_timeout = '5s';
ALTER TABLE users DROP COLUMN last_login_at;
ALTER TABLE users DROP COLUMN is_active;
ALTER TABLE users DROP COLUMN has_completed_onboarding;
ALTER TABLE users DROP COLUMN email_verified;
