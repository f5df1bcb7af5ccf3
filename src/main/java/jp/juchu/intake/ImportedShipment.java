package jp.juchu.intake;

import java.util.List;

/**
 * One 送付先 with the lines shipped there. {@code shipmentId} is 楽天 送付先ID ({@code null} for malls
 * with a single destination per order); {@code noshi} is のし text, {@code null} when none.
 */
public record ImportedShipment(String shipmentId, ImportedParty recipient, String noshi, ShipmentAmounts amounts,
        List<ImportedLine> lines) {

    public ImportedShipment {
        lines = List.copyOf(lines);
    }
}
