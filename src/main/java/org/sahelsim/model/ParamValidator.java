package org.sahelsim.model;

import java.lang.reflect.RecordComponent;

/** Checks {@link Param} ranges on a record tree. */
public final class ParamValidator {
    private ParamValidator() {
    }

    public static void validate(Object record) {
        if (record == null || !record.getClass().isRecord()) {
            return;
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            Param p = c.getAnnotation(Param.class);
            if (p != null && v instanceof Number n) {
                double d = n.doubleValue();
                if (d < p.min() || d > p.max()) {
                    throw new IllegalArgumentException(c.getName() + " = " + v + " is out of range; allowed " + p.min() + ".." + p.max());
                }
            }
            validate(v);
        }
    }
}
