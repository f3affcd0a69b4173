package org.newsdrift.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ColumnsTest {
    @Test
    void everyDeclaredColumnHasAConstantAndEveryConstantIsDeclared() throws IllegalAccessException {
        Set<String> declared = Tables.all().stream()
                .flatMap(spec -> spec.columnNames().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> constants = new TreeSet<>();
        for (Field field : Columns.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String value = (String) field.get(null);
                assertEquals(value.toUpperCase(), field.getName(), "constant named after its column");
                constants.add(value);
            }
        }
        assertEquals(declared, constants);
    }

    @Test
    void rowIsBuiltByNameWhateverTheOrderOfSetting() {
        StructType schema = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.IntegerType);
        Row row = RowBuilder.of(schema).set("b", 2).set("a", "x").build();
        assertEquals(Arrays.asList("x", 2), Arrays.asList(row.get(0), row.get(1)));
    }

    @Test
    void rowWithAColumnUnsetOrUnknownIsRefusedNamingIt() {
        StructType schema = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.IntegerType);
        IllegalStateException unset = assertThrows(
                IllegalStateException.class,
                () -> RowBuilder.of(schema).set("a", null).build());
        assertTrue(unset.getMessage().contains("[b]"), unset.getMessage());
        IllegalArgumentException unknown = assertThrows(
                IllegalArgumentException.class, () -> RowBuilder.of(schema).set("c", 1));
        assertTrue(unknown.getMessage().contains("'c'"), unknown.getMessage());
    }
}
