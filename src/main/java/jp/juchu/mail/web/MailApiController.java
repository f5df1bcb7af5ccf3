package jp.juchu.mail.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.juchu.mail.MailMessageView;
import jp.juchu.mail.MailMessages;
import jp.juchu.mail.MailSendResult;
import jp.juchu.mail.OrderMails;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 送信メール / 送信箱: stored mails, newest first, one with its body, and sending one (again). */
@RestController
@RequestMapping("/api/mails")
class MailApiController {

    private final MailMessages messages;
    private final OrderMails mails;

    MailApiController(MailMessages messages, OrderMails mails) {
        this.messages = messages;
        this.mails = mails;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) Long orderId, @RequestParam(required = false) String status,
                             @RequestParam(defaultValue = "0") int page) {
        Page<MailMessageView> found = messages.search(orderId, status, page);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", found.getContent().stream().map(m -> MailJson.message(m, false)).toList());
        json.put("total", found.getTotalElements());
        json.put("page", found.getNumber());
        json.put("size", found.getSize());
        json.put("smtp", mails.sendsOverSmtp());
        return json;
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id) {
        return MailJson.message(messages.get(id), true);
    }

    /** Delivers a failed or outbox message (once SMTP is configured). */
    @PostMapping("/{id}/send")
    Map<String, Object> send(@PathVariable long id, Principal principal) {
        MailSendResult result = mails.resend(id, principal.getName());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", result.messageId());
        json.put("outcome", result.outcome().name());
        json.put("message", result.message());
        return json;
    }
}
