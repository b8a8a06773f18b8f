-- V1734567890004: add episode notes user index
--
-- What: the index behind GET /api/me/notes (a user's notes, newest first).
-- Why:  episode_notes is in use by now, so the index is built CONCURRENTLY: reads and writes go on
--       while it builds. Flyway runs this script outside a transaction because of that, which is
--       why it holds nothing else. A failed concurrent build leaves an INVALID index behind; the
--       DROP first makes the script safe to rerun.
--
-- Undone by U1734567890004__add_episode_notes_user_index.sql (DROP INDEX CONCURRENTLY).

DROP INDEX CONCURRENTLY IF EXISTS idx_episode_notes_user_updated;
CREATE INDEX CONCURRENTLY idx_episode_notes_user_updated ON episode_notes (user_id, updated_at DESC);
