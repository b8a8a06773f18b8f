-- Test schema, step 1: a table and one row, so that a second run of this script would show.
CREATE TABLE widgets (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name  text          NOT NULL,
    price numeric(10, 2) NOT NULL DEFAULT 0
);
INSERT INTO widgets (name, price) VALUES ('seed widget', 1.00);
