-- Refused by the core while these tables hold rows (holds, shipments, the FSMA records) unless the
-- caller accepts the loss: the schema before V10 has nowhere to keep them.
SET LOCAL lock_timeout = '5s';
DROP TABLE tracking_event_inputs;
DROP TABLE tracking_events;
DROP TABLE shipments;
DROP TABLE quality_holds;
DROP TYPE tracking_event_type;
