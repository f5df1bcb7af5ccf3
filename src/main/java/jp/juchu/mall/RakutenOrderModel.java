package jp.juchu.mall;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The parts of RakutenPayOrderAPI {@code getOrder} (OrderModel) that Juchu reads, typed as the API
 * sends them: amounts in yen ({@code -9999} = 未確定), flags 0/1, codes as numbers, names verbatim.
 * Unknown fields are ignored so newer API versions keep working.
 */
public final class RakutenOrderModel {

    /** {@code yyyy-MM-ddTHH:mm:ss+0900} (also accepts {@code +09:00}). */
    static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm:ss[XXX][XX]";

    private RakutenOrderModel() {
    }

    /** OrderModel. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Order(
            String orderNumber,
            Integer orderProgress,
            Long subStatusId,
            String subStatusName,
            @JsonFormat(pattern = DATE_TIME) OffsetDateTime orderDatetime,
            @JsonFormat(pattern = DATE_TIME) OffsetDateTime shopOrderCfmDatetime,
            @JsonFormat(pattern = DATE_TIME) OffsetDateTime orderFixDatetime,
            LocalDate deliveryDate,
            Integer shippingTerm,
            String remarks,
            Integer giftCheckFlag,
            Integer severalSenderFlag,
            Integer equalSenderFlag,
            Integer isolatedIslandFlag,
            Integer rakutenMemberFlag,
            Integer orderType,
            Integer cautionDisplayType,
            Integer rakutenConfirmFlag,
            Long goodsPrice,
            Long goodsTax,
            Long postagePrice,
            Long deliveryPrice,
            Long paymentCharge,
            Long totalPrice,
            Long requestPrice,
            Long couponAllTotalPrice,
            Long couponShopPrice,
            Long couponOtherPrice,
            Integer asurakuFlag,
            String memo,
            @JsonProperty("OrdererModel") Orderer orderer,
            @JsonProperty("SettlementModel") Settlement settlement,
            @JsonProperty("DeliveryModel") Delivery delivery,
            @JsonProperty("PointModel") Point point,
            @JsonProperty("WrappingModel1") Wrapping wrapping1,
            @JsonProperty("WrappingModel2") Wrapping wrapping2,
            @JsonProperty("PackageModelList") List<Package> packages) {

        public Order {
            packages = packages == null ? List.of() : List.copyOf(packages);
        }

        public boolean cancelled() {
            return orderProgress != null && orderProgress == OrderProgress.CANCELLED.code();
        }
    }

    /** OrdererModel (注文者). The mail address is masked by 楽天. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Orderer(String zipCode1, String zipCode2, String prefecture, String city, String subAddress,
            String familyName, String firstName, String familyNameKana, String firstNameKana, String phoneNumber1,
            String phoneNumber2, String phoneNumber3, String emailAddress, String sex) {
    }

    /** SenderModel (送付先). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sender(String zipCode1, String zipCode2, String prefecture, String city, String subAddress,
            String familyName, String firstName, String familyNameKana, String firstNameKana, String phoneNumber1,
            String phoneNumber2, String phoneNumber3, Integer isolatedIslandFlag) {
    }

    /** SettlementModel (支払方法). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Settlement(Integer settlementMethodCode, String settlementMethod, Integer rpaySettlementFlag,
            String cardName, Integer cardPayType, String cardInstallmentDesc) {
    }

    /** DeliveryModel (配送方法); deliveryClass 0 選択なし, 1 普通, 2 冷蔵, 3 冷凍, 4–8 その他. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Delivery(String deliveryName, Integer deliveryClass) {
    }

    /** PointModel. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Point(Long usedPoint) {
    }

    /** WrappingModel1/2; title 1 包装紙, 2 リボン. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Wrapping(Integer title, String name, Long price, Integer includeTaxFlag, Integer deleteWrappingFlag) {
    }

    /** PackageModel (送付先): basketId is the CSV 送付先ID. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Package(
            Long basketId,
            Long postagePrice,
            Long deliveryPrice,
            Long goodsTax,
            Long goodsPrice,
            Long totalPrice,
            String noshi,
            Integer packageDeleteFlag,
            @JsonProperty("SenderModel") @JsonAlias("senderModel") Sender sender,
            @JsonProperty("ItemModelList") List<Item> items,
            @JsonProperty("ShippingModelList") List<Shipping> shippings) {

        public Package {
            items = items == null ? List.of() : List.copyOf(items);
            shippings = shippings == null ? List.of() : List.copyOf(shippings);
        }

        public boolean deleted() {
            return packageDeleteFlag != null && packageDeleteFlag == 1;
        }
    }

    /**
     * ShippingModel (発送明細): one お荷物伝票番号 registered for the 送付先; deliveryCompany is the code of
     * {@code MallCarrierCodes#rakuten}, shippingDate {@code yyyy-MM-dd}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shipping(Long shippingDetailId, String shippingNumber, String deliveryCompany, String deliveryCompanyName,
            String shippingDate) {
    }

    /** ItemModel (商品明細); taxRate as a fraction (0.1 = 10%). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(Long itemDetailId, String itemName, Long itemId, String itemNumber, String manageNumber,
            Long price, Integer units, Integer includePostageFlag, Integer includeTaxFlag,
            Integer includeCashOnDeliveryPostageFlag, String selectedChoice, Integer pointRate, String delvdateInfo,
            Integer deleteItemFlag, BigDecimal taxRate, Long priceTaxIncl) {
    }
}
