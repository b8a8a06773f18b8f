-- Two changes in one transaction: if the constraint fails (duplicate names), the table goes too.
CREATE TABLE widget_aliases (
    widget_id bigint NOT NULL REFERENCES widgets (id),
    alias     text   NOT NULL
);
ALTER TABLE widgets ADD CONSTRAINT widgets_name_key UNIQUE (name);
