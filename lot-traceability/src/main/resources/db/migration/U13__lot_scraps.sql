-- Drops the scrap reasons; the quantities stay in ingredient_lots.quantity_scrapped. The reasons and
-- notes are lost: the core's rollback refuses while lot_scraps holds rows unless data loss is accepted.
SET LOCAL lock_timeout = '5s';
DROP TABLE lot_scraps;
