package jp.juchu.order.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.juchu.core.DomainException;
import jp.juchu.order.CheckFlag;
import jp.juchu.order.OrderPage;
import jp.juchu.order.OrderSearch;
import jp.juchu.order.OrderSearchRequest;
import jp.juchu.order.OrderStatus;
import jp.juchu.shop.MailTemplates;
import jp.juchu.shop.MethodMappings;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** 受注一覧: tabs per status with counts, the search form, 100 orders per page, and the 一括操作 bar (posted to /orders/bulk). */
@Controller
class OrderListScreenController {

    private final OrderSearch search;
    private final ShopDirectory shops;
    private final MethodMappings methods;
    private final MailTemplates mailTemplates;

    OrderListScreenController(OrderSearch search, ShopDirectory shops, MethodMappings methods, MailTemplates mailTemplates) {
        this.search = search;
        this.shops = shops;
        this.methods = methods;
        this.mailTemplates = mailTemplates;
    }

    @GetMapping("/orders")
    String list(@ModelAttribute("filter") OrderSearchRequest filter, Model model) {
        OrderPage page;
        Map<String, String> fieldErrors = Map.of();
        try {
            page = search.search(filter);
        } catch (DomainException ex) {
            fieldErrors = Map.of(ex.field() == null ? "" : ex.field(), ex.getMessage());
            Map<OrderStatus, Long> none = new EnumMap<>(OrderStatus.class);
            page = new OrderPage(List.of(), 0, 0, OrderSearchRequest.DEFAULT_SIZE, none);
        }
        model.addAttribute("page", page);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("flags", CheckFlag.values());
        model.addAttribute("shops", shops.all());
        model.addAttribute("paymentMethods", methods.paymentMethods());
        model.addAttribute("mailTemplates", mailTemplates.list(null, null));
        model.addAttribute("shopNames", shops.all().stream().collect(Collectors.toMap(ShopRef::code, ShopRef::name, (a, b) -> a)));
        return "orders/list";
    }
}
