-- Deliberately without an undo script: the tests check that a rollback across it is refused.
CREATE TABLE widget_audit (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    widget_id bigint      NOT NULL,
    noted_at  timestamptz NOT NULL DEFAULT now()
);
