package org.sahelsim.output;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdDelegatingSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Makes Jackson write maps and sets that have no defined iteration order in sorted order.
 * Ordered ones (insertion-ordered, sorted, enum-keyed) are left alone, so callers who care
 * about the order of a summary's keys can choose it with a {@code LinkedHashMap}.
 */
final class StableOrderModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    StableOrderModule() {
        super("sahelsim-stable-order");
        setSerializerModifier(new Modifier());
    }

    private static final class Modifier extends BeanSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonSerializer<?> modifyMapSerializer(SerializationConfig config, MapType type,
                                                     BeanDescription desc, JsonSerializer<?> serializer) {
            Class<?> raw = type.getRawClass();
            boolean ordered = LinkedHashMap.class.isAssignableFrom(raw) || SortedMap.class.isAssignableFrom(raw)
                    || EnumMap.class.isAssignableFrom(raw);
            return ordered ? serializer : new StdDelegatingSerializer(new SortMap());
        }

        @Override
        public JsonSerializer<?> modifyCollectionSerializer(SerializationConfig config, CollectionType type,
                                                            BeanDescription desc, JsonSerializer<?> serializer) {
            Class<?> raw = type.getRawClass();
            boolean unordered = Set.class.isAssignableFrom(raw) && !LinkedHashSet.class.isAssignableFrom(raw)
                    && !SortedSet.class.isAssignableFrom(raw) && !EnumSet.class.isAssignableFrom(raw);
            return unordered ? new StdDelegatingSerializer(new SortSet()) : serializer;
        }
    }

    /** Output type is a concrete LinkedHashMap, so the modifier leaves the result alone. */
    private static final class SortMap extends StdConverter<Map<?, ?>, LinkedHashMap<Object, Object>> {
        @Override
        public LinkedHashMap<Object, Object> convert(Map<?, ?> map) {
            LinkedHashMap<Object, Object> sorted = new LinkedHashMap<>();
            for (Object key : sorted(map.keySet())) {
                sorted.put(key, map.get(key));
            }
            return sorted;
        }
    }

    private static final class SortSet extends StdConverter<Collection<?>, ArrayList<Object>> {
        @Override
        public ArrayList<Object> convert(Collection<?> set) {
            return new ArrayList<>(sorted(set));
        }
    }

    /** Natural order when all elements are of one Comparable class, else by their text. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Object> sorted(Collection<?> items) {
        List<Object> list = new ArrayList<>(items);
        Class<?> common = list.isEmpty() || list.get(0) == null ? null : list.get(0).getClass();
        boolean natural = common != null && Comparable.class.isAssignableFrom(common)
                && list.stream().allMatch(o -> o != null && o.getClass() == common);
        if (natural) {
            list.sort((a, b) -> ((Comparable) a).compareTo(b));
        } else {
            list.sort(Comparator.comparing(String::valueOf));
        }
        return list;
    }
}
