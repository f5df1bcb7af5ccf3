package jp.juchu.engine.model;

import java.io.ByteArrayInputStream;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Finds attributes the engine would otherwise ignore silently: Zeebe attributes other than Modeler template
 * metadata, and any Camunda 7 markup ({@code camunda:} namespace).
 */
final class ForeignMarkup {

    static final String ZEEBE_NS = "http://camunda.org/schema/zeebe/1.0";
    static final String CAMUNDA7_NS = "http://camunda.org/schema/1.0/bpmn";

    private static final Set<String> HARMLESS_ZEEBE_ATTRIBUTES =
            Set.of("modelerTemplate", "modelerTemplateVersion", "modelerTemplateIcon");

    /** Builders are not thread-safe but costly to create; one per thread, reset before each use. */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(ForeignMarkup::newBuilder);

    /** Fails on errors (the caller reports them) without printing to stderr. */
    private static final org.xml.sax.ErrorHandler QUIET = new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(org.xml.sax.SAXParseException e) {
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
            throw e;
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
            throw e;
        }
    };

    private ForeignMarkup() {
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be configured securely", e);
        }
    }

    static void check(byte[] xml, Problems problems) {
        Element root;
        DocumentBuilder builder = BUILDER.get();
        try {
            builder.reset();
            builder.setErrorHandler(QUIET);
            root = builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (Exception e) {
            problems.add(null, "definitions", "the XML cannot be read: " + e.getMessage());
            return;
        }
        visit(root, problems);
    }

    private static void visit(Element element, Problems problems) {
        if (CAMUNDA7_NS.equals(element.getNamespaceURI())) {
            problems.add(ownerId(element), ownerType(element),
                    "Camunda 7 element camunda:" + element.getLocalName() + " is not supported");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String namespace = attribute.getNamespaceURI();
            if (ZEEBE_NS.equals(namespace) && !HARMLESS_ZEEBE_ATTRIBUTES.contains(attribute.getLocalName())) {
                problems.add(ownerId(element), ownerType(element),
                        "attribute zeebe:" + attribute.getLocalName() + " on " + element.getLocalName() + " is not supported");
            } else if (CAMUNDA7_NS.equals(namespace)) {
                problems.add(ownerId(element), ownerType(element),
                        "Camunda 7 attribute camunda:" + attribute.getLocalName() + " is not supported");
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                visit(childElement, problems);
            }
        }
    }

    private static Element owner(Element element) {
        Node current = element;
        while (current instanceof Element e) {
            if (!e.getAttribute("id").isBlank()) {
                return e;
            }
            current = e.getParentNode();
        }
        return element;
    }

    private static String ownerId(Element element) {
        String id = owner(element).getAttribute("id");
        return id.isBlank() ? null : id;
    }

    private static String ownerType(Element element) {
        return owner(element).getLocalName();
    }
}
