package jp.juchu.order;

import java.util.EnumSet;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.EventTypeSets;

/**
 * Hands out keys from blocks of {@link KeyBlocks#BLOCK} reserved in {@code id_block}. A block is reserved on a
 * connection of its own, outside the pool: a thread that needs a block already holds a pooled connection, and the
 * other threads waiting for this generator hold theirs, so taking a second one from the pool could wait for ever.
 */
public class BlockKeyGenerator implements BeforeExecutionGenerator {

    private final String name;
    private long next;
    private long end;

    public BlockKeyGenerator(BlockKey config) {
        this.name = config.value();
    }

    @Override
    public synchronized Object generate(SharedSessionContractImplementor session, Object owner, Object currentValue,
                                        EventType eventType) {
        if (next == end) {
            DataSource pool = session.getFactory().getServiceRegistry().requireService(ConnectionProvider.class)
                    .unwrap(DataSource.class);
            next = KeyBlocks.reserve(pool, name, KeyBlocks.BLOCK);
            end = next + KeyBlocks.BLOCK;
        }
        return next++;
    }

    @Override
    public EnumSet<EventType> getEventTypes() {
        return EventTypeSets.INSERT_ONLY;
    }
}
