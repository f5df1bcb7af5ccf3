package jp.juchu.order.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.juchu.core.DomainException;
import jp.juchu.order.ContactInput;
import jp.juchu.order.CheckResult;
import jp.juchu.order.OrderBundling;
import jp.juchu.order.OrderCorrections;
import jp.juchu.order.OrderFix;
import jp.juchu.order.OrderInputRejected;
import jp.juchu.shop.MethodMappings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 受注詳細 with the 警告欄: each open flag with its reason and fix action, the fix form (住所, 支払方法,
 * 配送方法, お届け希望日) and a release button for flags only a person can release.
 */
@Controller
class OrderDetailScreenController {

    private static final Pattern SHIPMENT_PATH = Pattern.compile("^shipments\\[(\\d+)](.*)$");
    private static final String[] CONTACT_FIELDS = {"name", "kana", "postalCode", "prefecture", "address1", "address2", "phone"};

    private final OrderViews views;
    private final OrderCorrections corrections;
    private final MethodMappings methods;
    private final OrderBundling bundling;

    OrderDetailScreenController(OrderViews views, OrderCorrections corrections, MethodMappings methods, OrderBundling bundling) {
        this.views = views;
        this.corrections = corrections;
        this.methods = methods;
        this.bundling = bundling;
    }

    @GetMapping("/orders/{id}")
    String detail(@PathVariable long id, Model model) {
        OrderView order = views.detail(id);
        return page(model, order, currentValues(order), Map.of());
    }

    @PostMapping("/orders/{id}/fix")
    String fix(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
               RedirectAttributes redirect) {
        OrderView order = views.detail(id);
        FormValues form = FormValues.of(params);
        OrderFix fix = fixOf(order, form);
        try {
            CheckResult result = corrections.fix(id, fix);
            redirect.addFlashAttribute("message", result.needsReview()
                    ? "修正を保存しました。まだ解消していない警告があります" : "修正を保存しました。警告はすべて解消しました");
            return "redirect:/orders/" + id;
        } catch (OrderInputRejected ex) {
            Map<String, String> errors = new HashMap<>();
            ex.problems().forEach(p -> errors.putIfAbsent(formPath(order, fix, p.field()), p.message()));
            return page(model, order, form, errors);
        } catch (DomainException ex) {
            model.addAttribute("error", ex.getMessage());
            return page(model, order, form, Map.of(ex.field() == null ? "" : ex.field(), ex.getMessage()));
        }
    }

    /** {@code shipments[k]} of the fix (changed 送付先 only) → {@code shipments[i]} of the form (every 送付先). */
    private static String formPath(OrderView order, OrderFix fix, String field) {
        Matcher m = SHIPMENT_PATH.matcher(field);
        if (!m.matches()) {
            return field;
        }
        int seq = fix.shipments().get(Integer.parseInt(m.group(1))).seq();
        for (int i = 0; i < order.shipments().size(); i++) {
            if (order.shipments().get(i).seq() == seq) {
                return "shipments[" + i + "]" + m.group(2);
            }
        }
        return field;
    }

    @PostMapping("/orders/{id}/flags/{flag}/resolve")
    String resolve(@PathVariable long id, @PathVariable String flag, RedirectAttributes redirect) {
        try {
            corrections.resolve(id, flag);
            redirect.addFlashAttribute("message", "警告を解除しました");
        } catch (DomainException ex) {
            redirect.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/orders/" + id;
    }

    private String page(Model model, OrderView order, FormValues form, Map<String, String> fieldErrors) {
        model.addAttribute("order", order);
        model.addAttribute("form", form.asMap());
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("paymentMethods", methods.paymentMethods());
        model.addAttribute("deliveryMethods", methods.deliveryMethods());
        model.addAttribute("bundle", bundling.info(order.id()));
        return "orders/detail";
    }

    private static FormValues currentValues(OrderView order) {
        FormValues form = new FormValues();
        putContact(form, "orderer", order.orderer());
        form.put("email", order.email());
        form.put("paymentMethod", order.payment().code());
        form.put("manualProgress", order.manualProgress());
        for (int i = 0; i < order.shipments().size(); i++) {
            OrderView.ShipmentView s = order.shipments().get(i);
            String path = "shipments[" + i + "]";
            form.put(path + ".seq", s.seq());
            putContact(form, path + ".recipient", s.recipient());
            form.put(path + ".deliveryMethod", s.deliveryMethod().code());
            form.put(path + ".requestedDate", s.requestedDate());
            form.put(path + ".requestedTimeSlot", s.requestedTimeSlot());
        }
        return form;
    }

    private static void putContact(FormValues form, String path, OrderView.Person p) {
        String[] values = p == null ? new String[7]
                : new String[] {p.name(), p.kana(), p.postalCode(), p.prefecture(), p.address1(), p.address2(), p.phone()};
        for (int i = 0; i < CONTACT_FIELDS.length; i++) {
            form.put(path + "." + CONTACT_FIELDS[i], values[i]);
        }
    }

    /** Only what the operator changed is sent as a fix, so untouched (possibly incomplete) mall data stays as it is. */
    private static OrderFix fixOf(OrderView order, FormValues form) {
        ContactInput orderer = changedContact(form, "orderer", order.orderer());
        String email = form.changed("email", order.email());
        String payment = form.changed("paymentMethod", order.payment().code());
        String manualText = form.changed("manualProgress", String.valueOf(order.manualProgress()));
        Boolean manual = manualText == null ? null : Boolean.valueOf(manualText.strip());
        List<OrderFix.Shipment> shipments = new ArrayList<>();
        for (int i = 0; i < order.shipments().size(); i++) {
            OrderView.ShipmentView s = order.shipments().get(i);
            String path = "shipments[" + i + "]";
            ContactInput recipient = changedContact(form, path + ".recipient", s.recipient());
            String delivery = form.changed(path + ".deliveryMethod", s.deliveryMethod().code());
            String date = form.changed(path + ".requestedDate", s.requestedDate() == null ? null : s.requestedDate().toString());
            String slot = form.changed(path + ".requestedTimeSlot", s.requestedTimeSlot());
            if (recipient != null || delivery != null || date != null || slot != null) {
                shipments.add(new OrderFix.Shipment(s.seq(), recipient, delivery, date, slot));
            }
        }
        return new OrderFix(orderer, email, payment, manual, shipments);
    }

    private static ContactInput changedContact(FormValues form, String path, OrderView.Person current) {
        OrderView.Person p = current == null ? new OrderView.Person(null, null, null, null, null, null, null) : current;
        String[] now = {p.name(), p.kana(), p.postalCode(), p.prefecture(), p.address1(), p.address2(), p.phone()};
        String[] typed = new String[CONTACT_FIELDS.length];
        boolean any = false;
        for (int i = 0; i < CONTACT_FIELDS.length; i++) {
            typed[i] = form.changed(path + "." + CONTACT_FIELDS[i], now[i]);
            any |= typed[i] != null;
        }
        return any ? new ContactInput(typed[0], typed[1], typed[2], typed[3], typed[4], typed[5], typed[6]) : null;
    }
}
