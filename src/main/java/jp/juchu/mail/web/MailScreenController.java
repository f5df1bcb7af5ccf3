package jp.juchu.mail.web;

import java.security.Principal;
import java.util.Arrays;
import jp.juchu.core.DomainException;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.NotFoundException;
import jp.juchu.mail.MailMessages;
import jp.juchu.mail.MailOutcome;
import jp.juchu.mail.MailSendResult;
import jp.juchu.mail.OrderMails;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 送信メール / 送信箱 screen: the stored mails newest first, filtered by 受注 and 状態, and one mail in full. */
@Controller
@RequestMapping("/mails")
class MailScreenController {

    private final MailMessages messages;
    private final OrderMails mails;

    MailScreenController(MailMessages messages, OrderMails mails) {
        this.messages = messages;
        this.mails = mails;
    }

    @GetMapping
    String list(@RequestParam(required = false) String orderId, @RequestParam(required = false) String status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("orderId", orderId);
        model.addAttribute("status", status);
        model.addAttribute("statuses", Arrays.stream(MailOutcome.values()).filter(s -> s != MailOutcome.REFUSED).toList());
        model.addAttribute("smtp", mails.sendsOverSmtp());
        try {
            model.addAttribute("mails", messages.search(orderIdFilter(orderId), status, page));
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("mails", messages.search(null, null, 0));
        }
        return "mail/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        try {
            model.addAttribute("mail", messages.get(id));
        } catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        model.addAttribute("smtp", mails.sendsOverSmtp());
        return "mail/detail";
    }

    @PostMapping("/{id}/send")
    String send(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        try {
            MailSendResult result = mails.resend(id, principal.getName());
            redirect.addFlashAttribute(result.outcome() == MailOutcome.SENT ? "message" : "error", result.message());
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/mails/" + id;
    }

    private static Long orderIdFilter(String orderId) {
        if (orderId == null || orderId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(orderId.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("orderId", "受注 ID は数字で入力してください (「" + orderId + "」)");
        }
    }
}
