package jp.juchu.shipping.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import jp.juchu.core.DomainException;
import jp.juchu.order.OrderSearch;
import jp.juchu.order.OrderSearchRequest;
import jp.juchu.order.OrderStatus;
import jp.juchu.shipping.ConfirmationRequest;
import jp.juchu.shipping.ExportRequest;
import jp.juchu.shipping.ShippingConfirmations;
import jp.juchu.shipping.ShippingExports;
import jp.juchu.shipping.TrackingFormat;
import jp.juchu.shop.DeliverySettings;
import jp.juchu.shop.MethodMappings;
import jp.juchu.shop.ShopDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 出荷 screen: 出荷指示エクスポート of 出荷待 orders and 出荷確定インポート of tracking files; both become jobs. */
@Controller
class ShippingScreenController {

    private static final int LIST_SIZE = 500;

    private final ShippingExports exports;
    private final ShippingConfirmations confirmations;
    private final OrderSearch search;
    private final ShopDirectory shops;
    private final MethodMappings methods;
    private final DeliverySettings delivery;

    ShippingScreenController(ShippingExports exports, ShippingConfirmations confirmations, OrderSearch search,
                             ShopDirectory shops, MethodMappings methods, DeliverySettings delivery) {
        this.exports = exports;
        this.confirmations = confirmations;
        this.search = search;
        this.shops = shops;
        this.methods = methods;
        this.delivery = delivery;
    }

    record Filter(String shop, String payment) {
    }

    @GetMapping("/shipping")
    String page(@RequestParam(value = "shop", required = false) String shop,
                @RequestParam(value = "payment", required = false) String payment, Model model) {
        return render(model, new Filter(shop, payment), null, null, null, null);
    }

    @PostMapping("/shipping/export")
    String export(@RequestParam(value = "format", required = false) String format,
                  @RequestParam(value = "orderIds", required = false) List<Long> orderIds,
                  @RequestParam(value = "shop", required = false) String shop,
                  @RequestParam(value = "paymentMethod", required = false) String paymentMethod,
                  @RequestParam(value = "deliveryMethod", required = false) String deliveryMethod,
                  @RequestParam(value = "shipDate", required = false) String shipDate,
                  @RequestParam(value = "removeAddressSpaces", defaultValue = "false") boolean removeAddressSpaces,
                  @RequestParam(value = "includeShipping", defaultValue = "false") boolean includeShipping, Model model) {
        Filter filter = new Filter(shop, paymentMethod);
        try {
            ExportRequest request = new ExportRequest(format, orderIds, shop, deliveryMethod, paymentMethod,
                    ExportRequest.date(shipDate), removeAddressSpaces, includeShipping);
            return "redirect:/jobs/" + exports.submit(request);
        } catch (DomainException e) {
            return render(model, filter, format, e.field() == null ? "format" : e.field(), e.getMessage(), null);
        }
    }

    @PostMapping("/shipping/confirm")
    String confirm(@RequestParam(value = "file", required = false) MultipartFile file,
                   @RequestParam(value = "format", required = false) String format,
                   @RequestParam(value = "overwriteDates", defaultValue = "false") boolean overwriteDates,
                   @RequestParam(value = "replaceTracking", defaultValue = "false") boolean replaceTracking,
                   @RequestParam(value = "blankTrackingText", required = false) String blankTrackingText,
                   @RequestParam(value = "shop", required = false) String shop, Model model) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                return render(model, new Filter(null, null), null, "file", null, "取り込むファイルを選択してください");
            }
            ConfirmationRequest request = new ConfirmationRequest(TrackingFormat.of(format), overwriteDates, replaceTracking,
                    blankTrackingText, shop);
            try (InputStream content = file.getInputStream()) {
                return "redirect:/jobs/" + confirmations.submit(request, file.getOriginalFilename(), content);
            }
        } catch (DomainException e) {
            return render(model, new Filter(null, null), null, "file", null, e.getMessage());
        }
    }

    private String render(Model model, Filter filter, String format, String errorField, String fieldError, String confirmError) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", search.search(new OrderSearchRequest(OrderStatus.READY_TO_SHIP.name(), filter.shop(), null,
                null, filter.payment(), null, null, null, 0, LIST_SIZE)));
        model.addAttribute("shops", shops.all());
        model.addAttribute("paymentMethods", methods.paymentMethods());
        model.addAttribute("deliveryMethods", delivery.methods().stream().filter(m -> m.active()).toList());
        model.addAttribute("formats", exports.formats());
        model.addAttribute("trackingFormats", Arrays.asList(TrackingFormat.values()));
        model.addAttribute("selectedFormat", format);
        model.addAttribute("errorField", errorField);
        model.addAttribute("fieldError", fieldError);
        model.addAttribute("confirmError", confirmError);
        return "shipping/index";
    }
}
