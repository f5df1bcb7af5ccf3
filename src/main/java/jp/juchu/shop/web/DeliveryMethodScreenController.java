package jp.juchu.shop.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.DomainException;
import jp.juchu.shop.CarrierInput;
import jp.juchu.shop.DeliveryMethodInput;
import jp.juchu.shop.DeliverySettings;
import jp.juchu.shop.LabelSoftware;
import jp.juchu.shop.MappingRejected;
import jp.juchu.shop.NameMapping;
import jp.juchu.shop.ServiceType;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 配送業者・配送方法 screen: carriers, delivery methods and the per-shop mapping grid. A rejected form is
 * shown again with what the user typed and the message next to the field (ids: {@code carrier-<code>-<field>},
 * {@code method-<code>-<field>}, {@code new-<field>}, {@code cell-<method>-<shop>}).
 */
@Controller
@RequestMapping("/settings/delivery-methods")
class DeliveryMethodScreenController {

    private static final String VIEW = "shop/delivery-methods";
    private static final String REDIRECT = "redirect:/settings/delivery-methods";

    private final DeliverySettings settings;
    private final ShopDirectory shops;

    DeliveryMethodScreenController(DeliverySettings settings, ShopDirectory shops) {
        this.settings = settings;
        this.shops = shops;
    }

    @GetMapping
    String show(Model model) {
        return render(model, Map.of(), Map.of());
    }

    @PostMapping("/carriers/{code}")
    String updateCarrier(@PathVariable String code, @RequestParam Map<String, String> params, Model model,
                         RedirectAttributes redirect) {
        String prefix = "carrier-" + code + "-";
        try {
            settings.updateCarrier(code, new CarrierInput(params.get("name"), params.get("trackingUrlTemplate"), params.get("labelSoftware")));
        } catch (DomainException ex) {
            return render(model, prefixed(prefix, params), errorFor(prefix, ex));
        }
        redirect.addFlashAttribute("message", "配送業者を保存しました");
        return REDIRECT;
    }

    @PostMapping
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            settings.createMethod(input(params));
        } catch (DomainException ex) {
            return render(model, prefixed("new-", params), errorFor("new-", ex));
        }
        redirect.addFlashAttribute("message", "配送方法「" + params.get("name") + "」を追加しました");
        return REDIRECT;
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        String prefix = "method-" + code + "-";
        try {
            settings.updateMethod(code, input(params));
        } catch (DomainException ex) {
            return render(model, prefixed(prefix, params), errorFor(prefix, ex));
        }
        redirect.addFlashAttribute("message", "配送方法を保存しました");
        return REDIRECT;
    }

    @PostMapping("/mappings")
    String saveGrid(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            settings.replaceGrid(GridForm.columns(params));
        } catch (MappingRejected ex) {
            return render(model, GridForm.submittedCells(params), Map.of(cellOrGrid(ex), ex.getMessage()));
        } catch (DomainException ex) {
            return render(model, GridForm.submittedCells(params), Map.of("grid", ex.getMessage()));
        }
        redirect.addFlashAttribute("message", "モールごとの配送方法名を保存しました");
        return REDIRECT;
    }

    private String render(Model model, Map<String, String> submitted, Map<String, String> errors) {
        List<ShopRef> allShops = shops.all();
        Map<ShopRef, List<NameMapping>> columns = new LinkedHashMap<>();
        allShops.forEach(shop -> columns.put(shop, settings.mappings(shop.code())));
        Map<String, String> values = new LinkedHashMap<>(GridForm.cells(columns));
        values.putAll(submitted);
        model.addAttribute("carriers", settings.carriers());
        model.addAttribute("methods", settings.methods());
        model.addAttribute("shops", allShops);
        model.addAttribute("labelSoftwares", LabelSoftware.values());
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        errors.values().stream().findFirst().ifPresent(message ->
                model.addAttribute("error", "保存できませんでした: " + message));
        return VIEW;
    }

    private static DeliveryMethodInput input(Map<String, String> params) {
        return new DeliveryMethodInput(params.get("code"), params.get("name"), params.get("carrier"), params.get("serviceType"),
                params.containsKey("active"));
    }

    static Map<String, String> prefixed(String prefix, Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (!"_csrf".equals(k)) {
                values.put(prefix + k, v);
            }
        });
        values.put(prefix + "submitted", "true");
        return values;
    }

    static Map<String, String> errorFor(String prefix, DomainException ex) {
        return Map.of(prefix + (ex.field() == null ? "form" : ex.field()), ex.getMessage());
    }

    static String cellOrGrid(MappingRejected ex) {
        return ex.methodCode() == null || ex.methodCode().isBlank() || ex.shopCode() == null ? "grid"
                : GridForm.cellName(ex.methodCode(), ex.shopCode());
    }
}
