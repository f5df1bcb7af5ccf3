package jp.juchu.orchestration.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import jp.juchu.orchestration.OrderProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds the order's open tasks ({@code openTasks}) to the 受注詳細 page. The page belongs to the order module,
 * which must not know the process; so the process module puts what it knows into the page's model here. When the
 * engine cannot answer, the page shows without them.
 */
@Component
class OrderDetailTasks implements HandlerInterceptor {

    static final String ORDER_DETAIL_VIEW = "orders/detail";
    private static final Logger log = LoggerFactory.getLogger(OrderDetailTasks.class);

    private final OrderProcess process;

    OrderDetailTasks(OrderProcess process) {
        this.process = process;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || !ORDER_DETAIL_VIEW.equals(view.getViewName())) {
            return;
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object id = variables instanceof Map<?, ?> map ? map.get("id") : null;
        if (id == null || !id.toString().matches("\\d{1,18}")) {
            return;
        }
        try {
            view.addObject("openTasks", process.openTasks(Long.valueOf(id.toString()), null));
        } catch (RuntimeException e) {
            log.warn("受注 {} のタスクを取得できません: {}", id, e.getMessage());
        }
    }
}
