package jp.juchu.order;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.annotations.IdGeneratorType;

/** The key comes from the named row of {@code id_block}, a block at a time ({@link KeyBlocks}). */
@IdGeneratorType(BlockKeyGenerator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@interface BlockKey {

    /** The {@code id_block} row: the table's name. */
    String value();
}
