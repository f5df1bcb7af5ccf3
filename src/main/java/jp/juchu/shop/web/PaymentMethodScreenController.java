package jp.juchu.shop.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.DomainException;
import jp.juchu.core.Mall;
import jp.juchu.shop.MappingRejected;
import jp.juchu.shop.NameMapping;
import jp.juchu.shop.PaymentCategory;
import jp.juchu.shop.PaymentMappings;
import jp.juchu.shop.PaymentMethodInput;
import jp.juchu.shop.PaymentSettings;
import jp.juchu.shop.RakutenPaySettlement;
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
 * 支払方法 screen: the catalogue (built-in rows keep code and 決済区分), user-added methods, the per-shop
 * mapping grid and, for 楽天市場 shops, the 楽天ペイ決済手段 (select {@code settlement-<shop>}).
 */
@Controller
@RequestMapping("/settings/payment-methods")
class PaymentMethodScreenController {

    private static final String VIEW = "shop/payment-methods";
    private static final String REDIRECT = "redirect:/settings/payment-methods";
    private static final String SETTLEMENT_PREFIX = "settlement-";

    private final PaymentSettings settings;
    private final ShopDirectory shops;

    PaymentMethodScreenController(PaymentSettings settings, ShopDirectory shops) {
        this.settings = settings;
        this.shops = shops;
    }

    @GetMapping
    String show(Model model) {
        return render(model, Map.of(), Map.of());
    }

    @PostMapping
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            settings.createMethod(new PaymentMethodInput(params.get("code"), params.get("name"), params.get("category")));
        } catch (DomainException ex) {
            return render(model, DeliveryMethodScreenController.prefixed("new-", params), DeliveryMethodScreenController.errorFor("new-", ex));
        }
        redirect.addFlashAttribute("message", "支払方法「" + params.get("name") + "」を追加しました");
        return REDIRECT;
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        String prefix = "method-" + code + "-";
        try {
            settings.updateMethod(code, new PaymentMethodInput(null, params.get("name"), params.get("category")));
        } catch (DomainException ex) {
            return render(model, DeliveryMethodScreenController.prefixed(prefix, params), DeliveryMethodScreenController.errorFor(prefix, ex));
        }
        redirect.addFlashAttribute("message", "支払方法を保存しました");
        return REDIRECT;
    }

    @PostMapping("/{code}/delete")
    String delete(@PathVariable String code, Model model, RedirectAttributes redirect) {
        try {
            settings.deleteMethod(code);
        } catch (DomainException ex) {
            return render(model, Map.of(), Map.of("method-" + code + "-form", ex.getMessage()));
        }
        redirect.addFlashAttribute("message", "支払方法「" + code + "」を削除しました");
        return REDIRECT;
    }

    @PostMapping("/mappings")
    String saveGrid(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, String> submitted = new LinkedHashMap<>(GridForm.submittedCells(params));
        params.forEach((k, v) -> {
            if (k.startsWith(SETTLEMENT_PREFIX)) {
                submitted.put(k, v);
            }
        });
        try {
            settings.replaceGrid(GridForm.columns(params), settlements(params));
        } catch (MappingRejected ex) {
            String key = "rakutenPaySettlement".equals(ex.field()) ? SETTLEMENT_PREFIX + ex.shopCode()
                    : DeliveryMethodScreenController.cellOrGrid(ex);
            return render(model, submitted, Map.of(key, ex.getMessage()));
        } catch (DomainException ex) {
            return render(model, submitted, Map.of("grid", ex.getMessage()));
        }
        redirect.addFlashAttribute("message", "モールごとの支払方法名を保存しました");
        return REDIRECT;
    }

    private static Map<String, RakutenPaySettlement> settlements(Map<String, String> params) {
        Map<String, RakutenPaySettlement> settlements = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith(SETTLEMENT_PREFIX)) {
                settlements.put(k.substring(SETTLEMENT_PREFIX.length()), PaymentSettings.parseSettlement(v));
            }
        });
        return settlements;
    }

    private String render(Model model, Map<String, String> submitted, Map<String, String> errors) {
        List<ShopRef> allShops = shops.all();
        Map<ShopRef, List<NameMapping>> columns = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (ShopRef shop : allShops) {
            PaymentMappings mappings = settings.mappings(shop.code());
            columns.put(shop, mappings.mappings());
            if (mappings.rakutenPaySettlement() != null) {
                values.put(SETTLEMENT_PREFIX + shop.code(), mappings.rakutenPaySettlement().name());
            }
        }
        values.putAll(GridForm.cells(columns));
        values.putAll(submitted);
        model.addAttribute("methods", settings.methods());
        model.addAttribute("shops", allShops);
        model.addAttribute("rakuten", Mall.RAKUTEN);
        model.addAttribute("categories", PaymentCategory.values());
        model.addAttribute("settlements", RakutenPaySettlement.values());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        errors.values().stream().findFirst().ifPresent(message -> model.addAttribute("error", "保存できませんでした: " + message));
        return VIEW;
    }
}
