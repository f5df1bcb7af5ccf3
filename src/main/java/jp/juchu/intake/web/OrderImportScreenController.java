package jp.juchu.intake.web;

import java.util.Arrays;
import jp.juchu.core.DomainException;
import jp.juchu.intake.ImportFormat;
import jp.juchu.intake.OrderImports;
import jp.juchu.shop.ShopDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 受注取込 screen: choose shop, format and file(s); the import then runs as a job with a progress bar. */
@Controller
@RequestMapping("/orders/import")
class OrderImportScreenController {

    private final OrderImports imports;
    private final ShopDirectory shops;

    OrderImportScreenController(OrderImports imports, ShopDirectory shops) {
        this.imports = imports;
        this.shops = shops;
    }

    @GetMapping
    String form(@RequestParam(value = "shop", required = false) String shop, Model model) {
        return render(model, shop, null, null, null);
    }

    @PostMapping
    String upload(@RequestParam(value = "shop", required = false) String shop,
                  @RequestParam(value = "format", required = false) String format,
                  @RequestParam(value = "file", required = false) MultipartFile file,
                  @RequestParam(value = "items", required = false) MultipartFile items, Model model) {
        if (shop == null || shop.isBlank()) {
            return render(model, shop, format, "shop", "ショップを選択してください");
        }
        try {
            return "redirect:/jobs/" + imports.submit(shop, format, Uploads.of(file), Uploads.of(items));
        } catch (DomainException e) {
            return render(model, shop, format, e.field() == null ? "file" : e.field(), e.getMessage());
        }
    }

    private String render(Model model, String shop, String format, String errorField, String error) {
        model.addAttribute("shops", shops.allDetails().stream().filter(s -> ImportFormat.defaultFor(s.mall()).isPresent()).toList());
        model.addAttribute("formats", Arrays.asList(ImportFormat.values()));
        model.addAttribute("selectedShop", shop);
        model.addAttribute("selectedFormat", format);
        model.addAttribute("errorField", errorField);
        model.addAttribute("fieldError", error);
        return "intake/import";
    }
}
