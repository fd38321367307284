package com.varsomics.archgen.k8s;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the fields the fabric8 model did not recognise. fabric8 never fails on an unknown field: it keeps it in the
 * object's {@code additionalProperties}. Walking the parsed objects and listing those makes the parsing strict.
 */
final class UnknownFields {

    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";
    private static final String ADDITIONAL_PROPERTIES = "additionalProperties";

    private UnknownFields() {
    }

    /** Field paths such as {@code spec.template.spec.containers[0].securityContxt}, in document order. */
    static List<String> in(Object object, String path) {
        List<String> unknown = new ArrayList<>();
        collect(object, path, unknown);
        return unknown;
    }

    private static void collect(Object value, String path, List<String> unknown) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "[" + i + "]", unknown);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> collect(entry, join(path, String.valueOf(key)), unknown));
        } else if (value != null && value.getClass().getPackageName().startsWith(MODEL_PACKAGE)) {
            for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        collectField(value, field, path, unknown);
                    }
                }
            }
        }
    }

    private static void collectField(Object owner, Field field, String path, List<String> unknown) {
        Object value = read(owner, field);
        if (field.getName().equals(ADDITIONAL_PROPERTIES) && value instanceof Map<?, ?> extra) {
            extra.keySet().forEach(key -> unknown.add(join(path, String.valueOf(key))));
            return;
        }
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        String name = property != null && !property.value().isEmpty() ? property.value() : field.getName();
        collect(value, join(path, name), unknown);
    }

    private static Object read(Object owner, Field field) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field + " of the fabric8 model", e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
