-- Profiles were filled from users (which keep every value they were made from) and then by the
-- import and the app; the core refuses this undo while profiles exist unless data loss is accepted.
SET LOCAL lock_timeout = '5s';
DROP TABLE user_profiles;
