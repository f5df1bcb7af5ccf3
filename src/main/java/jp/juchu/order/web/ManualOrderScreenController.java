package jp.juchu.order.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.DomainException;
import jp.juchu.order.ContactInput;
import jp.juchu.order.ManualOrderEntry;
import jp.juchu.order.ManualOrderInput;
import jp.juchu.order.OrderInputRejected;
import jp.juchu.shop.MethodMappings;
import jp.juchu.shop.ShopDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 手動受注入力 (FAX・電話): up to {@value #MAX_SHIPMENTS} 送付先 with {@value #LINE_ROWS} line rows each. */
@Controller
class ManualOrderScreenController {

    static final int LINE_ROWS = 5;
    static final int MAX_SHIPMENTS = 3;

    private final ManualOrderEntry entry;
    private final ShopDirectory shops;
    private final MethodMappings methods;

    ManualOrderScreenController(ManualOrderEntry entry, ShopDirectory shops, MethodMappings methods) {
        this.entry = entry;
        this.shops = shops;
        this.methods = methods;
    }

    @GetMapping("/orders/new")
    String form(@RequestParam(name = "shipments", defaultValue = "1") int shipments, Model model) {
        FormValues form = new FormValues().put("shipmentCount", clamp(shipments));
        return page(model, form, Map.of());
    }

    @PostMapping("/orders/new")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        FormValues form = FormValues.of(params);
        try {
            long id = entry.enter(inputOf(form));
            redirect.addFlashAttribute("message", "受注を登録しました");
            return "redirect:/orders/" + id;
        } catch (OrderInputRejected ex) {
            Map<String, String> errors = new HashMap<>();
            ex.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
            return page(model, form, errors);
        } catch (DomainException ex) {
            model.addAttribute("error", ex.getMessage());
            return page(model, form, Map.of(ex.field() == null ? "" : ex.field(), ex.getMessage()));
        }
    }

    private String page(Model model, FormValues form, Map<String, String> fieldErrors) {
        int count = clamp(parse(form.get("shipmentCount")));
        form.put("shipmentCount", count);
        model.addAttribute("form", form.asMap());
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("shipmentIndexes", range(count));
        model.addAttribute("lineIndexes", range(LINE_ROWS));
        model.addAttribute("canAddShipment", count < MAX_SHIPMENTS);
        model.addAttribute("shops", shops.all());
        model.addAttribute("paymentMethods", methods.paymentMethods());
        model.addAttribute("deliveryMethods", methods.deliveryMethods().stream().filter(m -> m.active()).toList());
        return "orders/new";
    }

    static ManualOrderInput inputOf(FormValues form) {
        int count = clamp(parse(form.get("shipmentCount")));
        List<ManualOrderInput.Shipment> shipments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String path = "shipments[" + i + "]";
            List<ManualOrderInput.Line> lines = new ArrayList<>();
            for (int j = 0; j < LINE_ROWS; j++) {
                String line = path + ".lines[" + j + "]";
                lines.add(new ManualOrderInput.Line(form.get(line + ".itemNumber"), form.get(line + ".itemName"),
                        form.get(line + ".options"), form.get(line + ".unitPrice"), form.get(line + ".quantity"),
                        form.get(line + ".taxRate")));
            }
            shipments.add(new ManualOrderInput.Shipment(contact(form, path + ".recipient"), form.get(path + ".deliveryMethod"),
                    form.get(path + ".requestedDate"), form.get(path + ".requestedTimeSlot"), form.get(path + ".shippingFee"),
                    form.get(path + ".codFee"), lines));
        }
        return new ManualOrderInput(form.get("shop"), form.get("mallOrderNumber"), form.get("orderedAt"),
                contact(form, "orderer"), form.get("email"), form.get("paymentMethod"), form.get("comments"), shipments);
    }

    private static ContactInput contact(FormValues form, String path) {
        return new ContactInput(form.get(path + ".name"), form.get(path + ".kana"), form.get(path + ".postalCode"),
                form.get(path + ".prefecture"), form.get(path + ".address1"), form.get(path + ".address2"), form.get(path + ".phone"));
    }

    private static int parse(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static int clamp(int count) {
        return Math.max(1, Math.min(MAX_SHIPMENTS, count));
    }

    private static List<Integer> range(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }
}
