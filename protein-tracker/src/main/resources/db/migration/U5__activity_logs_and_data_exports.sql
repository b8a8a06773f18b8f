SET LOCAL lock_timeout = '5s';
DROP TABLE data_exports;
DROP TABLE activity_logs;
