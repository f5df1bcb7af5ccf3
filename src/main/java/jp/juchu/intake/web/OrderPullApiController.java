package jp.juchu.intake.web;

import java.util.Map;
import jp.juchu.intake.RakutenOrderPulls;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** On-demand 楽天ペイ受注API pull: answers with the job that pulls. */
@RestController
class OrderPullApiController {

    private final RakutenOrderPulls pulls;

    OrderPullApiController(RakutenOrderPulls pulls) {
        this.pulls = pulls;
    }

    @PostMapping("/api/shops/{code}/order-pulls")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> pull(@PathVariable String code) {
        return Map.of("jobId", pulls.submit(code));
    }
}
