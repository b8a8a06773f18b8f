-- Undoes 0003: the triggers and their functions. The counts they kept stay in items.
SET LOCAL lock_timeout = '5s';
DROP TRIGGER IF EXISTS attempts_count_item_attempts ON attempts;
DROP TRIGGER IF EXISTS items_set_updated_at ON items;
DROP TRIGGER IF EXISTS users_set_updated_at ON users;
DROP FUNCTION IF EXISTS count_item_attempts();
DROP FUNCTION IF EXISTS set_updated_at();
