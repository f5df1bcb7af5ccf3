package jp.juchu.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One name a mall uses in one shop for one of our payment or delivery methods (one grid cell holds several). */
@Entity
@Table(name = "method_name_mapping")
class MethodNameMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private MappingKind kind;

    @Column(name = "method_code", nullable = false, length = 30, updatable = false)
    private String methodCode;

    @Column(name = "mall_name", nullable = false, length = 100, updatable = false)
    private String mallName;

    @Column(name = "sort_order", nullable = false, updatable = false)
    private int sortOrder;

    protected MethodNameMapping() {
    }

    MethodNameMapping(long shopId, MappingKind kind, String methodCode, String mallName, int sortOrder) {
        this.shopId = shopId;
        this.kind = kind;
        this.methodCode = methodCode;
        this.mallName = mallName;
        this.sortOrder = sortOrder;
    }

    long getShopId() {
        return shopId;
    }

    String getMethodCode() {
        return methodCode;
    }

    String getMallName() {
        return mallName;
    }
}
