-- Undoes 0005: the guide's rollback (DROP TABLE IF EXISTS user_preferences), as a real script.
-- Every stored preference goes with it.
SET LOCAL lock_timeout = '5s';
DROP TABLE IF EXISTS user_preferences;
