package jp.juchu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.dc.Bounds;
import io.camunda.zeebe.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;

/** The diagram Camunda Modeler shows: complete, and no shape drawn over another. */
class BpmnDiagramTest {

    record Box(String id, double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        boolean contains(Box o) {
            return x <= o.x && y <= o.y && o.x + o.w <= x + w && o.y + o.h <= y + h;
        }

        boolean touches(double px, double py) {
            double tolerance = 1;
            boolean insideX = px >= x - tolerance && px <= x + w + tolerance;
            boolean insideY = py >= y - tolerance && py <= y + h + tolerance;
            boolean onVertical = Math.abs(px - x) <= tolerance || Math.abs(px - (x + w)) <= tolerance;
            boolean onHorizontal = Math.abs(py - y) <= tolerance || Math.abs(py - (y + h)) <= tolerance;
            return insideX && insideY && (onVertical || onHorizontal);
        }
    }

    @Test
    void everyFlowNodeHasAShapeAndEverySequenceFlowAnEdge() {
        BpmnModelsTest.forEachModel((file, model) -> {
            Map<String, Box> shapes = shapes(model);
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(shapes).as(file + ": shape of " + node.getId()).containsKey(node.getId());
            }
            Map<String, BpmnEdge> edges = edges(model);
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                assertThat(edges).as(file + ": edge of " + flow.getId()).containsKey(flow.getId());
                List<Waypoint> points = new ArrayList<>(edges.get(flow.getId()).getWaypoints());
                assertThat(points).as(flow.getId()).hasSizeGreaterThanOrEqualTo(2);
                Waypoint first = points.get(0);
                Waypoint last = points.get(points.size() - 1);
                assertThat(shapes.get(flow.getSource().getId()).touches(first.getX(), first.getY()))
                        .as(flow.getId() + " starts on the border of " + flow.getSource().getId()).isTrue();
                assertThat(shapes.get(flow.getTarget().getId()).touches(last.getX(), last.getY()))
                        .as(flow.getId() + " ends on the border of " + flow.getTarget().getId()).isTrue();
                for (int i = 1; i < points.size(); i++) {
                    Waypoint a = points.get(i - 1);
                    Waypoint b = points.get(i);
                    assertThat(a.getX().equals(b.getX()) || a.getY().equals(b.getY()))
                            .as(flow.getId() + " is drawn with right angles").isTrue();
                }
            }
        });
    }

    @Test
    void noTwoShapesOverlap() {
        BpmnModelsTest.forEachModel((file, model) -> {
            Map<String, Box> shapes = shapes(model);
            List<String> overlaps = new ArrayList<>();
            List<Box> boxes = new ArrayList<>(shapes.values());
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    Box a = boxes.get(i);
                    Box b = boxes.get(j);
                    if (a.overlaps(b) && !allowed(model, a, b)) {
                        overlaps.add(a.id() + " / " + b.id());
                    }
                }
            }
            assertThat(overlaps).as(file.toString()).isEmpty();
        });
    }

    @Test
    void theMainFlowRunsLeftToRight() {
        BpmnModelsTest.forEachModel((file, model) -> {
            Map<String, Box> shapes = shapes(model);
            if (!shapes.containsKey("order-received")) {
                return;
            }
            List<String> main = List.of("order-received", "check-order", "payment-route", "set-status-ready",
                    "wait-shipping-instructed", "set-status-shipped", "order-completed");
            for (int i = 1; i < main.size(); i++) {
                assertThat(shapes.get(main.get(i)).x()).as(main.get(i)).isGreaterThan(shapes.get(main.get(i - 1)).x());
            }
        });
    }

    /** A boundary event sits on its activity's border; an (event) sub-process contains its own elements. */
    private static boolean allowed(BpmnModelInstance model, Box a, Box b) {
        return attachedTo(model, a.id(), b.id()) || attachedTo(model, b.id(), a.id())
                || (a.contains(b) && isAncestor(model, a.id(), b.id()))
                || (b.contains(a) && isAncestor(model, b.id(), a.id()));
    }

    private static boolean attachedTo(BpmnModelInstance model, String boundaryId, String activityId) {
        return model.getModelElementById(boundaryId) instanceof BoundaryEvent boundary
                && boundary.getAttachedTo().getId().equals(activityId);
    }

    private static boolean isAncestor(BpmnModelInstance model, String ancestorId, String id) {
        BaseElement element = model.getModelElementById(id);
        for (var parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent instanceof BaseElement base && ancestorId.equals(base.getId())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Box> shapes(BpmnModelInstance model) {
        Map<String, Box> shapes = new HashMap<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            Bounds b = shape.getBounds();
            String id = shape.getBpmnElement().getId();
            shapes.put(id, new Box(id, b.getX(), b.getY(), b.getWidth(), b.getHeight()));
        }
        return shapes;
    }

    private static Map<String, BpmnEdge> edges(BpmnModelInstance model) {
        Map<String, BpmnEdge> edges = new HashMap<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            edges.put(edge.getBpmnElement().getId(), edge);
        }
        return edges;
    }
}
