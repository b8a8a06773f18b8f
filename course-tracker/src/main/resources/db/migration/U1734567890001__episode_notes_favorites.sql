-- U1734567890001: undoes V1734567890001__episode_notes_favorites.sql
--
-- Refused while either table holds rows, unless the caller accepts the loss (allowDataLoss).

SET LOCAL lock_timeout = '5s';

DROP TABLE favorites;
DROP TABLE episode_notes;
