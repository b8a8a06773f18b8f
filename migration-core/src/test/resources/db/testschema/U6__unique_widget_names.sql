ALTER TABLE widgets DROP CONSTRAINT widgets_name_key;
DROP TABLE widget_aliases;
