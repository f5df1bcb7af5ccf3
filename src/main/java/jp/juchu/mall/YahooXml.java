package jp.juchu.mall;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The XML of the Yahoo!ショッピング order API (formats.md §2.2): requests {@code <Req>…</Req>}, answers
 * {@code <ResultSet><Result><Status>OK</Status>…} or {@code <Error><Code/><Message/></Error>}.
 */
final class YahooXml {

    /** ShipStatus 3 出荷済み. */
    static final String SHIPPED = "3";
    /** OrderStatus 5 完了. */
    static final String COMPLETED = "5";
    static final String ORDER_INFO_FIELDS = "OrderId,OrderStatus,ShipStatus,ShipInvoiceNumber1,ShipInvoiceNumber2";
    private static final DateTimeFormatter SHIP_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** Unreadable answers are expected (HTML error pages): no "[Fatal Error]" lines on stderr. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    private YahooXml() {
    }

    /** What orderShipStatusChange sets; {@code invoiceNumber2} and {@code url} may be {@code null}. */
    record Ship(String companyCode, String invoiceNumber1, String invoiceNumber2, String url, LocalDate shipDate) {
    }

    /**
     * A parsed answer.
     *
     * @param ok     Status OK
     * @param error  the mall's reason ("[Code] Message"), empty when there is none
     * @param fields text of the leaf elements by name (first occurrence), e.g. OrderStatus, ShipStatus
     */
    record Answer(boolean ok, String error, Map<String, String> fields) {

        Optional<String> field(String name) {
            return Optional.ofNullable(fields.get(name)).map(String::strip).filter(s -> !s.isEmpty());
        }
    }

    static String orderInfo(String orderId, String sellerId) {
        return write(xml -> {
            xml.writeStartElement("Target");
            element(xml, "OrderId", orderId);
            element(xml, "Field", ORDER_INFO_FIELDS);
            xml.writeEndElement();
        }, sellerId);
    }

    static String shipStatusChange(String orderId, String sellerId, Ship ship) {
        return write(xml -> {
            target(xml, orderId);
            xml.writeStartElement("Order");
            xml.writeStartElement("Ship");
            element(xml, "ShipStatus", SHIPPED);
            element(xml, "ShipCompanyCode", ship.companyCode());
            element(xml, "ShipInvoiceNumber1", ship.invoiceNumber1());
            if (ship.invoiceNumber2() != null) {
                element(xml, "ShipInvoiceNumber2", ship.invoiceNumber2());
            }
            if (ship.url() != null && !ship.url().isBlank()) {
                xml.writeStartElement("ShipUrl");
                if (ship.url().contains("]]>")) {
                    xml.writeCharacters(ship.url());
                } else {
                    xml.writeCData(ship.url());
                }
                xml.writeEndElement();
            }
            element(xml, "ShipDate", SHIP_DATE.format(ship.shipDate()));
            xml.writeEndElement();
            xml.writeEndElement();
        }, sellerId);
    }

    /** orderStatusChange to 完了 with the points fixed (IsPointFix true). */
    static String completion(String orderId, String sellerId) {
        return write(xml -> {
            target(xml, orderId);
            xml.writeStartElement("Order");
            element(xml, "OrderStatus", COMPLETED);
            xml.writeEndElement();
        }, sellerId);
    }

    static Answer read(String body) {
        if (body == null || body.isBlank()) {
            return new Answer(false, "", Map.of());
        }
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            document = builder.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception unreadable) {
            return new Answer(false, "", Map.of());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        collectLeaves(document.getDocumentElement(), fields);
        String code = fields.getOrDefault("Code", "").strip();
        String message = fields.getOrDefault("Message", "").strip();
        String error = (code.isEmpty() ? "" : "[" + code + "] ") + message;
        boolean ok = "ResultSet".equals(document.getDocumentElement().getTagName())
                && "OK".equalsIgnoreCase(fields.getOrDefault("Status", "").strip());
        return new Answer(ok, error.strip(), fields);
    }

    private static void collectLeaves(Element element, Map<String, String> fields) {
        NodeList children = element.getChildNodes();
        boolean leaf = true;
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element nested) {
                leaf = false;
                collectLeaves(nested, fields);
            }
        }
        if (leaf) {
            fields.putIfAbsent(element.getTagName(), element.getTextContent());
        }
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body, String sellerId) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Req");
            body.write(xml);
            element(xml, "SellerId", sellerId);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Yahoo request XML", e);
        }
        return out.toString();
    }

    private static void target(XMLStreamWriter xml, String orderId) throws XMLStreamException {
        xml.writeStartElement("Target");
        element(xml, "OrderId", orderId);
        element(xml, "IsPointFix", "true");
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}
