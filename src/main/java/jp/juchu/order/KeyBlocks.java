package jp.juchu.order;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Keys of orders, shipments, lines, parcels and history entries, reserved in blocks in the {@code id_block} table
 * ({@code next_val} = the next free key) instead of IDENTITY columns. With IDENTITY every insert is a statement of its
 * own, executed at once because the key is known only afterwards, and it forces out every insert queued before it;
 * with keys in hand, an import of thousands of orders inserts them in JDBC batches. Hibernate takes its keys through
 * {@link BlockKey}; the JDBC bulk writes reserve theirs here. Nothing may insert into these tables otherwise.
 *
 * <p>A reservation commits on a connection of its own, opened outside the pool (see {@link BlockKeyGenerator}), so the
 * {@code id_block} row is locked only for the moment of the reservation.
 */
final class KeyBlocks {

    /** Keys a generator reserves at a time; the V22 migration leaves one block of headroom above existing keys. */
    static final int BLOCK = 100;

    static final String ORDERS = "sales_order";
    static final String SHIPMENTS = "order_shipment";
    static final String LINES = "order_line";
    static final String PARCELS = "order_parcel";
    static final String HISTORY = "order_history";

    private KeyBlocks() {
    }

    /** Reserves {@code count} consecutive keys of {@code name} and returns the first. */
    static long reserve(DataSource pool, String name, int count) {
        try (Connection connection = outsidePool(pool)) {
            connection.setAutoCommit(false);
            try {
                long first = reserve(connection, name, count);
                connection.commit();
                return first;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not reserve keys of " + name + " in id_block", e);
        }
    }

    private static long reserve(Connection connection, String name, int count) throws SQLException {
        long first;
        try (PreparedStatement select = connection.prepareStatement("SELECT next_val FROM id_block WHERE name = ? FOR UPDATE")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("id_block has no row for " + name);
                }
                first = row.getLong(1);
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE id_block SET next_val = ? WHERE name = ?")) {
            update.setLong(1, first + count);
            update.setString(2, name);
            update.executeUpdate();
        }
        return first;
    }

    /** A new connection with the pool's settings (a data source that is not a Hikari pool is asked for one instead). */
    private static Connection outsidePool(DataSource pool) throws SQLException {
        if (!pool.isWrapperFor(HikariDataSource.class)) {
            return pool.getConnection();
        }
        HikariDataSource hikari = pool.unwrap(HikariDataSource.class);
        Connection connection = DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return connection;
    }
}
