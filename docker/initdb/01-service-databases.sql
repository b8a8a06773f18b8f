-- One PostgreSQL server, one database per service (each with its own Flyway history).
CREATE DATABASE feeding_tracker;
CREATE DATABASE course_tracker;
CREATE DATABASE protein_tracker;
CREATE DATABASE lot_traceability;
CREATE DATABASE learning_platform;
