package jp.juchu.order.web;

import jp.juchu.core.DomainException;
import jp.juchu.order.CautionCustomerInput;
import jp.juchu.order.CautionCustomers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 要注意顧客 settings screen: the list, an add form and a delete button per entry. */
@Controller
@RequestMapping("/settings/caution-customers")
class CautionCustomerScreenController {

    private final CautionCustomers cautionCustomers;

    CautionCustomerScreenController(CautionCustomers cautionCustomers) {
        this.cautionCustomers = cautionCustomers;
    }

    @GetMapping
    String list(Model model) {
        return render(model, new Form(), null, null);
    }

    @PostMapping
    String add(@ModelAttribute Form form, Model model, RedirectAttributes redirect) {
        try {
            cautionCustomers.add(form.toInput());
        } catch (DomainException e) {
            return render(model, form, e.field(), e.getMessage());
        }
        redirect.addFlashAttribute("message", "要注意顧客を登録しました");
        return "redirect:/settings/caution-customers";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            cautionCustomers.remove(id);
            redirect.addFlashAttribute("message", "要注意顧客を削除しました");
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/settings/caution-customers";
    }

    private String render(Model model, Form form, String errorField, String error) {
        model.addAttribute("entries", cautionCustomers.all());
        model.addAttribute("form", form);
        model.addAttribute("errorField", errorField);
        model.addAttribute("fieldError", error);
        return "order/caution-customers";
    }

    /** The add form as typed. */
    static class Form {
        private String name;
        private String postalCode;
        private String phone;
        private String email;
        private String warningText;
        private boolean active = true;

        CautionCustomerInput toInput() {
            return new CautionCustomerInput(name, postalCode, phone, email, warningText, active);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPostalCode() {
            return postalCode;
        }

        public void setPostalCode(String postalCode) {
            this.postalCode = postalCode;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getWarningText() {
            return warningText;
        }

        public void setWarningText(String warningText) {
            this.warningText = warningText;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }
}
