-- Nothing to take back: a validated constraint is what V4 added, minus the proof about old rows;
-- U4 drops the constraints themselves.
SELECT 1;
