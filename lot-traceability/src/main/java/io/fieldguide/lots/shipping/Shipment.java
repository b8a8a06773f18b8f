package io.fieldguide.lots.shipping;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Pallets shipped together to one customer, on one reference document. */
@Entity
@Table(name = "shipments")
public class Shipment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "shipment_number")
    public String shipmentNumber;

    @Column(name = "customer_name")
    public String customerName;

    @Column(name = "ship_to_location")
    public String shipToLocation;

    @Column(name = "ship_from_location")
    public String shipFromLocation;

    @Column(name = "shipped_at")
    public Instant shippedAt;

    @Column(name = "reference_document_type")
    public String referenceDocumentType;

    @Column(name = "reference_document_number")
    public String referenceDocumentNumber;

    @Column(name = "shipped_by")
    public String shippedBy;
}
