package jp.juchu.jobs;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A job to submit: its handler type, a label for the history (e.g. 「楽天 受注CSV取込 orders.csv」),
 * string parameters, and the input files to keep with it.
 */
public record JobRequest(String type, String label, Map<String, String> parameters, List<Input> inputs) {

    public JobRequest {
        parameters = Map.copyOf(parameters);
        inputs = List.copyOf(inputs);
    }

    public record Input(String name, InputStream content) {
    }
}
