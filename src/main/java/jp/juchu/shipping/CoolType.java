package jp.juchu.shipping;

import jp.juchu.shop.ServiceType;

/** クール区分. */
public enum CoolType {
    NONE, CHILLED, FROZEN;

    static CoolType of(ServiceType serviceType) {
        if (serviceType == ServiceType.COOL_CHILLED) {
            return CHILLED;
        }
        if (serviceType == ServiceType.COOL_FROZEN) {
            return FROZEN;
        }
        return NONE;
    }
}
