package jp.juchu.order;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;

/** 送付先: where (part of) an order goes, with its lines. Changed only through its {@link Order}. */
@Entity
@DynamicUpdate
@Table(name = "order_shipment")
public class Shipment {

    /** Keys come in blocks from {@code id_block} ({@link KeyBlocks}), so inserts can be batched. */
    @Id
    @BlockKey(KeyBlocks.SHIPMENTS)
    private Long id;

    @Column(nullable = false)
    private int seq;

    @Column(name = "mall_shipment_id", length = 64)
    private String mallShipmentId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "recipient_name", nullable = false, length = 100)),
        @AttributeOverride(name = "kana", column = @Column(name = "recipient_kana", length = 100)),
        @AttributeOverride(name = "postalCode", column = @Column(name = "postal_code", length = 8)),
        @AttributeOverride(name = "prefecture", column = @Column(name = "prefecture", length = 10)),
        @AttributeOverride(name = "address1", column = @Column(name = "address1", length = 200)),
        @AttributeOverride(name = "address2", column = @Column(name = "address2", length = 200)),
        @AttributeOverride(name = "phone", column = @Column(name = "phone", length = 20))
    })
    private Contact recipient;

    @Column(name = "delivery_method_code", length = 40)
    private String deliveryMethodCode;

    @Column(name = "delivery_method_raw", length = 100)
    private String deliveryMethodRaw;

    @Column(name = "requested_date")
    private LocalDate requestedDate;

    @Column(name = "requested_time_slot", length = 20)
    private String requestedTimeSlot;

    @Column(length = 200)
    private String noshi;

    @Column(name = "shipping_fee", nullable = false)
    private long shippingFee;

    @Column(name = "cod_fee", nullable = false)
    private long codFee;

    @Column(name = "goods_total", nullable = false)
    private long goodsTotal;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "shipment_id", nullable = false)
    @OrderBy("seq")
    private List<OrderLine> lines = new ArrayList<>();

    @Column(name = "carrier_code", length = 20)
    private String carrierCode;

    @Column(name = "planned_ship_on")
    private LocalDate plannedShipOn;

    @Column(name = "shipped_on")
    private LocalDate shippedOn;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "shipment_id", nullable = false)
    @OrderBy("seq")
    private List<Parcel> parcels = new ArrayList<>();

    protected Shipment() {
    }

    Shipment(int seq, ShipmentDetails details) {
        this.seq = seq;
        apply(details);
    }

    final void apply(ShipmentDetails details) {
        this.mallShipmentId = details.mallShipmentId();
        this.recipient = details.recipient();
        this.deliveryMethodCode = details.deliveryMethodCode();
        this.deliveryMethodRaw = details.deliveryMethodRaw();
        this.requestedDate = details.requestedDate();
        this.requestedTimeSlot = details.requestedTimeSlot();
        this.noshi = details.noshi();
        this.shippingFee = details.shippingFee();
        this.codFee = details.codFee();
        this.goodsTotal = details.goodsTotal();
        while (lines.size() > details.lines().size()) {
            lines.remove(lines.size() - 1);
        }
        for (int i = 0; i < details.lines().size(); i++) {
            if (i < lines.size()) {
                lines.get(i).apply(details.lines().get(i));
            } else {
                lines.add(new OrderLine(i + 1, details.lines().get(i)));
            }
        }
    }

    /**
     * 同梱: appends the child's lines after this shipment's own (remembering where they came from) and adds
     * its fees and goods total. The recipient, delivery method and requested date stay this shipment's.
     */
    void absorb(long childOrderId, Shipment child) {
        int seq = lines.stream().mapToInt(OrderLine::getSeq).max().orElse(0);
        for (OrderLine line : child.lines) {
            lines.add(new OrderLine(++seq, line.details(), childOrderId));
        }
        this.shippingFee += child.shippingFee;
        this.codFee += child.codFee;
        this.goodsTotal += child.goodsTotal;
        this.noshi = Remarks.joinDistinct(noshi, child.noshi, 200);
    }

    boolean hasBundledLines() {
        return lines.stream().anyMatch(l -> l.getBundledFromOrderId() != null);
    }

    void changeRecipient(Contact recipient) {
        this.recipient = recipient;
    }

    void chooseDeliveryMethod(String code) {
        this.deliveryMethodCode = code;
    }

    void changeRequestedDate(LocalDate date, String timeSlot) {
        this.requestedDate = date;
        this.requestedTimeSlot = timeSlot;
    }

    /** Records what a tracking file says about this shipment; returns whether anything changed. */
    boolean record(ShipmentTracking tracking) {
        boolean changed = false;
        if (tracking.carrierCode() != null && !tracking.carrierCode().equals(carrierCode)
                && (carrierCode == null || tracking.replace() || parcels.isEmpty())) {
            this.carrierCode = tracking.carrierCode();
            changed = true;
        }
        List<String> numbers = tracking.trackingNumbers().stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
        if (tracking.replace() && !numbers.isEmpty() && !trackingNumbers().equals(numbers)) {
            parcels.clear();
            changed = true;
        }
        for (String number : numbers) {
            if (!trackingNumbers().contains(number)) {
                parcels.add(new Parcel(parcels.stream().mapToInt(Parcel::getSeq).max().orElse(0) + 1, number));
                changed = true;
            }
        }
        if (tracking.shippedOn() != null && (shippedOn == null || tracking.overwriteDates()) && !tracking.shippedOn().equals(shippedOn)) {
            this.shippedOn = tracking.shippedOn();
            changed = true;
        }
        if (tracking.deliveryDate() != null && (requestedDate == null || tracking.overwriteDates())
                && !tracking.deliveryDate().equals(requestedDate)) {
            this.requestedDate = tracking.deliveryDate();
            changed = true;
        }
        return changed;
    }

    public List<String> trackingNumbers() {
        return parcels.stream().map(Parcel::getTrackingNumber).toList();
    }

    public boolean hasTracking() {
        return !parcels.isEmpty();
    }

    public ShipmentDetails details() {
        return new ShipmentDetails(mallShipmentId, recipient, deliveryMethodCode, deliveryMethodRaw, requestedDate,
                requestedTimeSlot, noshi, shippingFee, codFee, goodsTotal, lines.stream().map(OrderLine::details).toList());
    }

    public Long getId() {
        return id;
    }

    public int getSeq() {
        return seq;
    }

    public String getMallShipmentId() {
        return mallShipmentId;
    }

    public Contact getRecipient() {
        return recipient;
    }

    public String getDeliveryMethodCode() {
        return deliveryMethodCode;
    }

    public String getDeliveryMethodRaw() {
        return deliveryMethodRaw;
    }

    public LocalDate getRequestedDate() {
        return requestedDate;
    }

    public String getRequestedTimeSlot() {
        return requestedTimeSlot;
    }

    public String getNoshi() {
        return noshi;
    }

    public long getShippingFee() {
        return shippingFee;
    }

    public long getCodFee() {
        return codFee;
    }

    public long getGoodsTotal() {
        return goodsTotal;
    }

    public List<OrderLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    /** 配送業者 of the parcels (set by 出荷確定); {@code null} before. */
    public String getCarrierCode() {
        return carrierCode;
    }

    /** 出荷予定日 printed on the last 出荷指示. */
    public LocalDate getPlannedShipOn() {
        return plannedShipOn;
    }

    /** 出荷日 as the carrier file says. */
    public LocalDate getShippedOn() {
        return shippedOn;
    }

    public List<Parcel> getParcels() {
        return Collections.unmodifiableList(parcels);
    }
}
