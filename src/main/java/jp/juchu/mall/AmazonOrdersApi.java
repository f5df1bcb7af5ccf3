package jp.juchu.mall;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** SP-API Orders v0 (getOrder, getOrderItems, confirmShipment) as Feign sees it; use {@link AmazonShipping}. */
@FeignClient(name = "amazon-orders", url = "${juchu.mall.amazon.base-url:" + AmazonApiProperties.DEFAULT_BASE_URL + "}",
        configuration = AmazonFeignConfiguration.class)
interface AmazonOrdersApi {

    String TOKEN_HEADER = "x-amz-access-token";

    @GetMapping(value = "/orders/v0/orders/{orderId}", produces = MediaType.APPLICATION_JSON_VALUE)
    OrderResponse getOrder(@RequestHeader(TOKEN_HEADER) String token, @PathVariable("orderId") String orderId);

    @GetMapping(value = "/orders/v0/orders/{orderId}/orderItems", produces = MediaType.APPLICATION_JSON_VALUE)
    OrderItemsResponse getOrderItems(@RequestHeader(TOKEN_HEADER) String token, @PathVariable("orderId") String orderId,
                                     @RequestParam(value = "NextToken", required = false) String nextToken);

    /** Answers 204 No Content when accepted. */
    @PostMapping(value = "/orders/v0/orders/{orderId}/shipmentConfirmation", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    void confirmShipment(@RequestHeader(TOKEN_HEADER) String token, @PathVariable("orderId") String orderId,
                         @RequestBody ConfirmShipmentRequest request);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrderResponse(Order payload) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Order(@JsonProperty("AmazonOrderId") String amazonOrderId, @JsonProperty("OrderStatus") String orderStatus,
                 @JsonProperty("PurchaseDate") String purchaseDate, @JsonProperty("MarketplaceId") String marketplaceId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrderItemsResponse(OrderItems payload) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrderItems(@JsonProperty("OrderItems") List<OrderItem> items, @JsonProperty("NextToken") String nextToken) {

        public OrderItems {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrderItem(@JsonProperty("OrderItemId") String orderItemId, @JsonProperty("QuantityOrdered") Integer quantityOrdered,
                     @JsonProperty("QuantityShipped") Integer quantityShipped) {

        int quantityToShip() {
            int ordered = quantityOrdered == null ? 0 : quantityOrdered;
            int shipped = quantityShipped == null ? 0 : quantityShipped;
            return Math.max(0, ordered - shipped);
        }
    }

    record ConfirmShipmentRequest(String marketplaceId, PackageDetail packageDetail) {
    }

    /** carrierName only with carrierCode "Other"; shipDate ISO-8601. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PackageDetail(String packageReferenceId, String carrierCode, String carrierName, String trackingNumber,
                         String shipDate, List<ConfirmedItem> orderItems) {
    }

    record ConfirmedItem(String orderItemId, int quantity) {
    }
}
