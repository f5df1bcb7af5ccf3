package jp.juchu.mail.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import jp.juchu.core.InvalidInputException;
import jp.juchu.mail.OrderMails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An order's mail log and 送信 of a template to orders chosen in the order list. */
@RestController
class OrderMailApiController {

    private final OrderMails mails;

    OrderMailApiController(OrderMails mails) {
        this.mails = mails;
    }

    @GetMapping("/api/orders/{id}/mails")
    List<Map<String, Object>> log(@PathVariable long id) {
        return mails.log(id).stream().map(MailJson::logEntry).toList();
    }

    @PostMapping("/api/orders/mails")
    Map<String, Object> send(@RequestBody BulkMailRequest request, Principal principal) {
        if (request.templateId() == null) {
            throw new InvalidInputException("templateId", "送信するメールテンプレートを選択してください");
        }
        return Map.of("results", mails.sendTemplate(request.orderIds(), request.templateId(), principal.getName()).stream()
                .map(MailJson::result).toList());
    }

    record BulkMailRequest(List<Long> orderIds, Long templateId) {
    }
}
