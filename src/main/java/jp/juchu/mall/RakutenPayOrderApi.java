package jp.juchu.mall;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/** RakutenPayOrderAPI (RMS WEB SERVICE) as Feign sees it; use {@link RakutenPayOrders}. */
@FeignClient(name = "rakuten-pay-order", url = "${juchu.mall.rakuten.base-url:" + RakutenApiProperties.DEFAULT_BASE_URL + "}",
        configuration = RakutenFeignConfiguration.class)
interface RakutenPayOrderApi {

    String JSON = MediaType.APPLICATION_JSON_VALUE + ";charset=utf-8";

    @PostMapping(value = "/es/2.0/order/searchOrder/", consumes = JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    SearchResponse searchOrder(@RequestHeader("Authorization") String authorization, @RequestBody SearchRequest request);

    @PostMapping(value = "/es/2.0/order/getOrder/", consumes = JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    GetResponse getOrder(@RequestHeader("Authorization") String authorization, @RequestBody GetRequest request);

    @PostMapping(value = "/es/2.0/order/confirmOrder/", consumes = JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    MessagesResponse confirmOrder(@RequestHeader("Authorization") String authorization, @RequestBody OrderNumbers request);

    @PostMapping(value = "/es/2.0/order/updateOrderShipping/", consumes = JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    MessagesResponse updateOrderShipping(@RequestHeader("Authorization") String authorization, @RequestBody ShippingUpdate request);

    record OrderNumbers(List<String> orderNumberList) {
    }

    /** updateOrderShipping: one order; ShippingModels without shippingDetailId are added. */
    record ShippingUpdate(String orderNumber, @JsonProperty("BasketidModelList") List<BasketShipping> baskets) {
    }

    record BasketShipping(long basketId, @JsonProperty("ShippingModelList") List<NewShipping> shippings) {
    }

    /** deliveryCompany code, お荷物伝票番号, 発送日 {@code yyyy-MM-dd}. */
    record NewShipping(String deliveryCompany, String shippingNumber, String shippingDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessagesResponse(@JsonProperty("MessageModelList") List<RakutenMessage> messages) {

        public MessagesResponse {
            messages = messages == null ? List.of() : List.copyOf(messages);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SearchRequest(int dateType, String startDatetime, String endDatetime, List<Integer> orderProgressList,
            @JsonProperty("PaginationRequestModel") Pagination pagination) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Pagination(int requestRecordsAmount, int requestPage, @JsonProperty("SortModelList") List<Sort> sorts) {
    }

    record Sort(int sortColumn, int sortDirection) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SearchResponse(@JsonProperty("MessageModelList") List<RakutenMessage> messages,
            List<String> orderNumberList, @JsonProperty("PaginationResponseModel") PageInfo page) {

        public SearchResponse {
            messages = messages == null ? List.of() : List.copyOf(messages);
            orderNumberList = orderNumberList == null ? List.of() : List.copyOf(orderNumberList);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PageInfo(Integer totalRecordsAmount, Integer totalPages, Integer requestPage) {
    }

    record GetRequest(List<String> orderNumberList, int version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GetResponse(@JsonProperty("MessageModelList") List<RakutenMessage> messages,
            @JsonProperty("OrderModelList") List<RakutenOrderModel.Order> orders) {

        public GetResponse {
            messages = messages == null ? List.of() : List.copyOf(messages);
            orders = orders == null ? List.of() : List.copyOf(orders);
        }
    }
}
