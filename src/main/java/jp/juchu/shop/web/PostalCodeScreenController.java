package jp.juchu.shop.web;

import java.io.IOException;
import java.util.Map;
import jp.juchu.core.DomainException;
import jp.juchu.shop.PostalCodeSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 郵便番号データ screen: upload KEN_ALL.CSV (then follow the job) or go back to the bundled table. */
@Controller
@RequestMapping("/settings/postal-codes")
class PostalCodeScreenController {

    private final PostalCodeSettings settings;

    PostalCodeScreenController(PostalCodeSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("entries", settings.count());
        return "settings/postal-codes";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                model.addAttribute("fieldErrors", Map.of("file", "KEN_ALL.CSV（日本郵便の郵便番号データ）を選択してください"));
                return show(model);
            }
            long jobId = settings.submitUpload(file.getOriginalFilename(), file.getSize(), file.getInputStream());
            return "redirect:/jobs/" + jobId;
        } catch (DomainException ex) {
            model.addAttribute("fieldErrors", Map.of("file", ex.getMessage()));
            return show(model);
        }
    }

    @PostMapping("/clear")
    String clear(RedirectAttributes redirect) {
        long deleted = settings.clear();
        redirect.addFlashAttribute("message", "郵便番号データ " + deleted + "件を削除しました。住所チェックは同梱の郵便番号上3桁の表で行います");
        return "redirect:/settings/postal-codes";
    }
}
