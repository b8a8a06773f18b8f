-- Nothing to take back: U10.1 drops the constraint.
SELECT 1;
