package jp.juchu.payment.web;

import jp.juchu.core.DomainException;
import jp.juchu.payment.DeferredCsvJobs;
import jp.juchu.payment.DeferredPayments;
import jp.juchu.payment.DeferredProvider;
import jp.juchu.payment.DeferredStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 後払い取引一覧: transactions with status and reason; CSV exchange with the CSV-linked providers as jobs. */
@Controller
@RequestMapping("/payments/deferred")
class DeferredPaymentScreenController {

    private final DeferredPayments payments;
    private final DeferredCsvJobs csvJobs;

    DeferredPaymentScreenController(DeferredPayments payments, DeferredCsvJobs csvJobs) {
        this.payments = payments;
        this.csvJobs = csvJobs;
    }

    @GetMapping
    String list(@RequestParam(required = false) String provider, @RequestParam(required = false) String status, Model model) {
        DeferredProvider selectedProvider = null;
        DeferredStatus selectedStatus = null;
        try {
            selectedProvider = DeferredPaymentApiController.provider(provider);
            selectedStatus = DeferredPaymentApiController.status(status);
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
        }
        model.addAttribute("transactions", payments.list(selectedProvider, selectedStatus, 300));
        model.addAttribute("providers", DeferredProvider.values());
        model.addAttribute("csvProviders", java.util.Arrays.stream(DeferredProvider.values()).filter(DeferredProvider::usesCsv).toList());
        model.addAttribute("statuses", DeferredStatus.values());
        model.addAttribute("provider", selectedProvider == null ? "" : selectedProvider.name());
        model.addAttribute("status", selectedStatus == null ? "" : selectedStatus.name());
        return "payment/deferred";
    }

    @PostMapping("/registration-csv")
    String exportRegistrations(@RequestParam String provider, @RequestParam(defaultValue = "false") boolean includeExported,
                               RedirectAttributes redirect) {
        try {
            return "redirect:/jobs/" + csvJobs.exportRegistrations(DeferredProvider.parse("provider", provider), includeExported);
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/payments/deferred";
        }
    }

    @PostMapping("/shipment-csv")
    String exportShipments(@RequestParam String provider, RedirectAttributes redirect) {
        try {
            return "redirect:/jobs/" + csvJobs.exportShipments(DeferredProvider.parse("provider", provider));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/payments/deferred";
        }
    }

    @PostMapping("/credit-results")
    String importCreditResults(@RequestParam String provider, @RequestParam(value = "file", required = false) MultipartFile file,
                               RedirectAttributes redirect) {
        try {
            DeferredProvider parsed = DeferredProvider.parse("provider", provider);
            long size = file == null ? 0 : file.getSize();
            return "redirect:/jobs/" + csvJobs.importCreditResults(parsed, file == null ? null : file.getOriginalFilename(), size,
                    file == null ? null : file::getInputStream);
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/payments/deferred";
        }
    }
}
