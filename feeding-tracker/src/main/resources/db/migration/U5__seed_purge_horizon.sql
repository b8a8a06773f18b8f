-- Undo of V5: nothing to take back. The horizon only moves forward (lowering it would let cursors
-- from before the seed miss rows again), and U4 drops it with its table when going further down.
SELECT 1;
