package jp.juchu.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.juchu.core.InvalidInputException;

/** 配送方法: what the app calls a delivery option, delivered by one carrier with one of its services. */
@Entity
@Table(name = "delivery_method")
class DeliveryMethod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30, updatable = false)
    private String code;

    @Column(nullable = false, length = 50)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "carrier_id", nullable = false)
    private Carrier carrier;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false, length = 30)
    private ServiceType serviceType;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected DeliveryMethod() {
    }

    DeliveryMethod(String code, int sortOrder) {
        this.code = Texts.code(code, "配送方法");
        this.sortOrder = sortOrder;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    int getSortOrder() {
        return sortOrder;
    }

    void change(String name, Carrier carrier, ServiceType serviceType, boolean active) {
        String newName = Texts.required(name, "name", "配送方法名", 50);
        if (!serviceType.offeredBy(carrier.getCode())) {
            throw new InvalidInputException("serviceType",
                    "「" + serviceType.label() + "」は" + carrier.toRef().name() + "のサービスではありません");
        }
        this.name = newName;
        this.carrier = carrier;
        this.serviceType = serviceType;
        this.active = active;
    }

    DeliveryMethodRef toRef() {
        return new DeliveryMethodRef(code, name, carrier.toRef(), serviceType, active);
    }
}
