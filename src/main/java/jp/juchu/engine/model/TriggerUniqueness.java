package jp.juchu.engine.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.juchu.engine.feel.FeelEvaluator;

/**
 * Events that wait side by side (boundary events of one activity, event sub-processes of one scope, the
 * targets of one event-based gateway, the message start events of the process) must be told apart by their
 * trigger: the same static message name or the same error code twice would make correlation ambiguous, so
 * Zeebe refuses it and so do we.
 */
final class TriggerUniqueness {

    private final Map<String, ElementModel> elements;
    private final Problems problems;

    TriggerUniqueness(Map<String, ElementModel> elements, Problems problems) {
        this.elements = elements;
        this.problems = problems;
    }

    void check(String processId, List<String> processEventSubProcessIds) {
        List<ElementModel> processStarts = elements.values().stream()
                .filter(e -> e.kind() == ElementKind.START_EVENT && processId.equals(e.flowScopeId()))
                .toList();
        distinct(processStarts, "the process's start events");
        long noneStarts = processStarts.stream().filter(e -> e.eventType() == EventType.NONE).count();
        if (noneStarts > 1) {
            problems.add(processId, "process", "a process may have only one none start event");
        }
        distinct(startsOf(processEventSubProcessIds), "the event sub-processes of '" + processId + "'");
        for (ElementModel element : elements.values()) {
            if (!element.boundaryEventIds().isEmpty()) {
                distinct(element.boundaryEventIds().stream().map(elements::get).toList(),
                        "the boundary events of '" + element.id() + "'");
            }
            if (!element.eventSubProcessIds().isEmpty()) {
                distinct(startsOf(element.eventSubProcessIds()), "the event sub-processes of '" + element.id() + "'");
            }
            if (element.kind() == ElementKind.EVENT_BASED_GATEWAY) {
                distinct(element.outgoing().stream().map(f -> elements.get(f.targetId())).toList(),
                        "the events after '" + element.id() + "'");
            }
        }
    }

    private List<ElementModel> startsOf(List<String> eventSubProcessIds) {
        List<ElementModel> starts = new ArrayList<>();
        for (String id : eventSubProcessIds) {
            ElementModel subProcess = elements.get(id);
            if (subProcess != null && subProcess.startEventId() != null && elements.containsKey(subProcess.startEventId())) {
                starts.add(elements.get(subProcess.startEventId()));
            }
        }
        return starts;
    }

    private void distinct(List<ElementModel> events, String where) {
        Map<String, String> seen = new HashMap<>();
        for (ElementModel event : events) {
            if (event == null) {
                continue;
            }
            String trigger = trigger(event);
            if (trigger == null) {
                continue;
            }
            String first = seen.putIfAbsent(trigger, event.id());
            if (first != null) {
                problems.add(event.id(), typeName(event.kind()), describe(trigger) + " is already used by '" + first
                        + "' among " + where);
            }
        }
    }

    private static String trigger(ElementModel event) {
        if (event.eventType() == EventType.MESSAGE && event.message() != null && event.message().name() != null
                && !FeelEvaluator.isExpression(event.message().name())) {
            return "message:" + event.message().name();
        }
        if (event.eventType() == EventType.ERROR) {
            return "error:" + (event.errorCode() == null ? "*" : event.errorCode());
        }
        return null;
    }

    private static String describe(String trigger) {
        if (trigger.equals("error:*")) {
            return "catching every error";
        }
        int colon = trigger.indexOf(':');
        return trigger.substring(0, colon).equals("message")
                ? "message name '" + trigger.substring(colon + 1) + "'"
                : "error code '" + trigger.substring(colon + 1) + "'";
    }

    private static String typeName(ElementKind kind) {
        return switch (kind) {
            case START_EVENT -> "startEvent";
            case BOUNDARY_EVENT -> "boundaryEvent";
            case INTERMEDIATE_CATCH_EVENT -> "intermediateCatchEvent";
            default -> kind.name();
        };
    }
}
