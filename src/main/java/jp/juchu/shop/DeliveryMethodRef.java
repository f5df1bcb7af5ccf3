package jp.juchu.shop;

/** 配送方法 as other modules see it, with the carrier that delivers it. */
public record DeliveryMethodRef(String code, String name, CarrierRef carrier, ServiceType serviceType, boolean active) {
}
