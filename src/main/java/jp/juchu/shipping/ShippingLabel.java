package jp.juchu.shipping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.juchu.core.Mall;
import jp.juchu.shop.ServiceType;

/**
 * One 送り状: one shipment (送付先) of one order, with everything a carrier file or a user template needs already
 * resolved (sender from 店舗プロフィール, 出荷予定日 from the business calendar, 代引 amount). Texts are as stored;
 * the layouts apply their own character and byte rules.
 *
 * @param managementNumber  お客様管理番号: our shipment id as text, the key the carrier's result file brings back
 * @param carrierCode       配送業者 code (YAMATO, SAGAWA, JAPANPOST, …) of the shipment's 配送方法
 * @param serviceType       the 配送方法's service (宅急便, ネコポス, クール便(冷蔵), …); {@code null} when unmapped
 * @param cashOnDelivery    代金引換: the carrier collects {@code codAmount}
 * @param codAmount         amount to collect incl. 代引手数料 (0 unless COD)
 * @param codTax            消費税 contained in {@code codAmount}
 * @param requestedTimeSlot お届け時間帯 as imported (mall code or text such as 1416, 14:00-16:00, 午前中)
 * @param note              記事: a short remark for the label (e.g. 同梱 numbers), may be empty
 */
public record ShippingLabel(
        long orderId,
        String mallOrderNumber,
        String shopCode,
        String shopName,
        Mall mall,
        Instant orderedAt,
        long shipmentId,
        int shipmentSeq,
        String managementNumber,
        LabelParty recipient,
        LabelParty sender,
        LabelParty orderer,
        String ordererEmail,
        String carrierCode,
        ServiceType serviceType,
        String deliveryMethodName,
        String paymentMethodName,
        boolean cashOnDelivery,
        long codAmount,
        long codTax,
        long goodsTotal,
        long shippingFee,
        long codFee,
        long billedTotal,
        LocalDate plannedShipDate,
        LocalDate requestedDate,
        String requestedTimeSlot,
        String noshi,
        boolean giftRequested,
        String comments,
        String shopMemo,
        String note,
        List<LabelItem> items,
        CarrierAccount account) {

    public ShippingLabel {
        items = List.copyOf(items);
    }

    /** 冷蔵/冷凍 from the 配送方法's service. */
    public CoolType cool() {
        return CoolType.of(serviceType);
    }
}
