package com.varsomics.archgen.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.varsomics.archgen.diagrams.PlantUmlDiagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A PlantUML state diagram drawn from a synthesized state machine definition: every state with its type, a Map's
 * mode and concurrency with its item processor nested, each Retry as text on its state, Next and Catch as arrows, and
 * each Choice rule as an arrow labelled with its condition (the Default as "senão").
 * Laid out by Smetana, as the model's views, so no Graphviz is needed.
 */
public final class StateDiagram {

    public static final String KEY = "maquina-estados-analise";

    private final List<String> lines = new ArrayList<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();

    private StateDiagram() {
    }

    public static PlantUmlDiagram of(StateMachineDefinition definition, String title) {
        StateDiagram diagram = new StateDiagram();
        diagram.lines.add("@startuml");
        diagram.lines.add("!pragma layout smetana");
        diagram.lines.add("hide empty description");
        diagram.lines.add("skinparam defaultFontName \"DejaVu Sans\"");
        diagram.lines.add("skinparam shadowing false");
        diagram.lines.add("skinparam state {");
        diagram.lines.add("  BackgroundColor #FFF8EC");
        diagram.lines.add("  BorderColor #232F3E");
        diagram.lines.add("}");
        diagram.machine(definition.json(), "s", "");
        diagram.lines.add("@enduml");
        return new PlantUmlDiagram(KEY, title, String.join("\n", diagram.lines) + "\n");
    }

    private void machine(JsonNode machine, String prefix, String indent) {
        int index = 0;
        for (var state : machine.path("States").properties()) {
            aliases.put(prefix + "/" + state.getKey(), prefix + (++index));
        }
        lines.add(indent + "[*] --> " + alias(prefix, machine.path("StartAt").asText()));
        for (var entry : machine.path("States").properties()) {
            String alias = alias(prefix, entry.getKey());
            JsonNode state = entry.getValue();
            lines.add(indent + "state \"" + quoted(entry.getKey()) + "\" as " + alias);
            for (String detail : details(state)) {
                lines.add(indent + alias + " : " + detail);
            }
            if (state.has("ItemProcessor")) {
                lines.add(indent + "state " + alias + " {");
                machine(state.path("ItemProcessor"), alias + "_", indent + "  ");
                lines.add(indent + "}");
            }
            if (state.has("Next")) {
                lines.add(indent + alias + " --> " + alias(prefix, state.path("Next").asText()));
            }
            for (JsonNode rule : state.path("Choices")) {
                lines.add(indent + alias + " --> " + alias(prefix, rule.path("Next").asText()) + " : " + label(condition(rule)));
            }
            if (state.has("Default")) {
                lines.add(indent + alias + " --> " + alias(prefix, state.path("Default").asText()) + " : senão");
            }
            for (JsonNode handler : state.path("Catch")) {
                lines.add(indent + alias + " --> " + alias(prefix, handler.path("Next").asText()) + " : Catch "
                        + join(handler.path("ErrorEquals")));
            }
            if (state.path("End").asBoolean(false) || List.of("Succeed", "Fail").contains(state.path("Type").asText())) {
                lines.add(indent + alias + " --> [*]");
            }
        }
    }

    private static List<String> details(JsonNode state) {
        List<String> details = new ArrayList<>();
        String type = state.path("Type").asText();
        String resource = state.path("Resource").asText("").replace("arn:aws:states:::", "");
        details.add(resource.isEmpty() ? type : type + " " + resource);
        if (state.has("ItemProcessor")) {
            details.add(state.path("ItemProcessor").path("ProcessorConfig").path("Mode").asText("INLINE")
                    + ", MaxConcurrency " + state.path("MaxConcurrency").asText("0"));
        }
        for (JsonNode retry : state.path("Retry")) {
            details.add(String.format(Locale.ROOT, "Retry %s: %s×, %s s, ×%s", join(retry.path("ErrorEquals")),
                    retry.path("MaxAttempts").asText("3"), retry.path("IntervalSeconds").asText("1"), retry.path("BackoffRate").asText("2")));
        }
        if (state.has("Error")) {
            details.add("Error " + state.path("Error").asText());
        }
        return details;
    }

    /**
     * A Choice rule as it reads: the variable's last field, the comparison and its value ({@code StatusReason
     * StringMatches "*CAPACITY*"}), nested And/Or/Not, or a JSONata {@code Condition} as written.
     */
    static String condition(JsonNode rule) {
        if (rule.has("Condition")) {
            return rule.path("Condition").asText();
        }
        for (String operator : List.of("And", "Or")) {
            if (rule.has(operator)) {
                List<String> parts = new ArrayList<>();
                rule.path(operator).forEach(part -> parts.add(condition(part)));
                return "(" + String.join(operator.equals("And") ? " e " : " ou ", parts) + ")";
            }
        }
        if (rule.has("Not")) {
            return "não " + condition(rule.path("Not"));
        }
        String variable = rule.path("Variable").asText();
        String field = variable.substring(variable.lastIndexOf('.') + 1);
        for (var comparison : rule.properties()) {
            if (!List.of("Variable", "Next").contains(comparison.getKey())) {
                JsonNode value = comparison.getValue();
                return field + " " + comparison.getKey() + " " + (value.isTextual() ? "\"" + value.asText() + "\"" : value.toString());
            }
        }
        return field;
    }

    /** Arrow text as PlantUML shows it literally: no creole (a {@code *} or {@code --} of a pattern stays as typed). */
    private static String label(String text) {
        return text.replace("~", "~~").replace("*", "~*").replace("--", "~--").replace("__", "~__").replace("\"\"", "~\"\"");
    }

    private String alias(String prefix, String name) {
        return aliases.getOrDefault(prefix + "/" + name, "[*]");
    }

    private static String join(JsonNode texts) {
        List<String> values = new ArrayList<>();
        texts.forEach(text -> values.add(text.asText()));
        return String.join(", ", values);
    }

    private static String quoted(String name) {
        return name.replace("\"", "'");
    }
}
