package io.fieldguide.lots.events;

/** FSMA 204's critical tracking events that a bakery records. */
public enum TrackingEventType {
    RECEIVING,
    TRANSFORMATION,
    SHIPPING
}
