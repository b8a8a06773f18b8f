-- U1734567890004: undoes V1734567890004__add_episode_notes_user_index.sql
--
-- An index holds no data of its own; dropping it concurrently does not block the table's users.
-- The core runs this script outside a transaction because it is CONCURRENTLY.

DROP INDEX CONCURRENTLY IF EXISTS idx_episode_notes_user_updated;
