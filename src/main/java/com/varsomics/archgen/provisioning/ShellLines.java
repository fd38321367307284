package com.varsomics.archgen.provisioning;

import java.util.ArrayList;
import java.util.List;

/**
 * Shell command lines laid out for a printed listing: a line longer than the page width wraps mid-word in the PDF and
 * breaks copy and paste, so a long command is broken at its own spaces with {@code \} continuations, before an option
 * where possible. A break is only placed where the shell joins the lines again: at a space outside quotes, either
 * between the command's words or between the words of an unquoted command substitution {@code $(...)}.
 */
final class ShellLines {

    /** Widest line a listing of the guide may have, continuation included. */
    static final int WIDTH = 100;
    private static final String CONTINUATION = " \\";
    private static final String INDENT = "  ";

    private ShellLines() {
    }

    /**
     * The command as lines of at most {@code width} characters, or as one line when it fits. A word (a quoted string,
     * a quoted command substitution) that is longer than the width by itself stays whole on its own line.
     */
    static List<String> wrap(String command, int width) {
        String indent = command.substring(0, command.length() - command.stripLeading().length());
        if (command.length() <= width) {
            return List.of(command);
        }
        List<String> groups = groups(words(command.strip()));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent).append(groups.getFirst());
        for (int i = 1; i < groups.size(); i++) {
            String group = groups.get(i);
            boolean last = i == groups.size() - 1;
            if (line.length() + 1 + group.length() + (last ? 0 : CONTINUATION.length()) <= width) {
                line.append(' ').append(group);
                continue;
            }
            // The group does not fit: break before it, or, if it is too wide for a line of its own, before its words.
            String continued = indent + INDENT;
            if (continued.length() + group.length() + (last ? 0 : CONTINUATION.length()) > width && group.indexOf(' ') > 0) {
                for (String word : words(group)) {
                    if (line.length() + 1 + word.length() + CONTINUATION.length() <= width) {
                        line.append(' ').append(word);
                    } else {
                        lines.add(line.append(CONTINUATION).toString());
                        line = new StringBuilder(continued).append(word);
                    }
                }
            } else {
                lines.add(line.append(CONTINUATION).toString());
                line = new StringBuilder(continued).append(group);
            }
        }
        lines.add(line.toString());
        return List.copyOf(lines);
    }

    /**
     * Prose (a comment, an expected result) broken at its spaces into lines of at most {@code width} characters: the
     * first line starts with {@code prefix}, the others with {@code continuation}. A word wider than a line stays whole.
     */
    static List<String> wrapText(String prefix, String text, String continuation, int width) {
        List<String> lines = new ArrayList<>();
        String start = prefix;
        String rest = text;
        while (start.length() + rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width - start.length());
            if (cut <= 0) {
                break;
            }
            lines.add(start + rest.substring(0, cut));
            rest = rest.substring(cut + 1);
            start = continuation;
        }
        lines.add(start + rest);
        return List.copyOf(lines);
    }

    /** The command with each too-long line wrapped; lines are joined with {@code \n}. */
    static String wrapAll(String commands, int width) {
        return String.join("\n", commands.lines().flatMap(line -> wrap(line, width).stream()).toList());
    }

    /**
     * The command split at the spaces where a line may break: outside single and double quotes, at the top level or
     * inside an unquoted {@code $(...)}. The words keep their quotes.
     */
    static List<String> words(String command) {
        return split(command, false);
    }

    /**
     * The arguments the shell passes to the program: the command split at the spaces outside quotes and outside
     * {@code $(...)}, with the outer quotes removed ({@code --query 'a b'} gives {@code --query} and {@code a b}); a
     * command substitution stays one argument, as written.
     */
    static List<String> arguments(String command) {
        return split(command, true);
    }

    private static List<String> split(String command, boolean asArguments) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        // Open contexts, innermost last: ' and " quotes, ( for a command substitution or a parenthesis inside one.
        StringBuilder open = new StringBuilder();
        for (int i = 0; i < command.length(); i++) {
            char ch = command.charAt(i);
            char context = open.isEmpty() ? 0 : open.charAt(open.length() - 1);
            boolean outermost = open.length() == 1;
            if (context == '\'') {
                if (ch == '\'') {
                    open.setLength(open.length() - 1);
                    if (asArguments && outermost) {
                        continue;
                    }
                }
            } else if (ch == '\\' && i + 1 < command.length()) {
                word.append(ch);
                ch = command.charAt(++i);
            } else if (context == '"') {
                if (ch == '"') {
                    open.setLength(open.length() - 1);
                    if (asArguments && outermost) {
                        continue;
                    }
                } else if (ch == '$' && i + 1 < command.length() && command.charAt(i + 1) == '(') {
                    word.append(ch);
                    ch = command.charAt(++i);
                    open.append('(');
                }
            } else if (ch == '\'' || ch == '"') {
                open.append(ch);
                if (asArguments && open.length() == 1) {
                    continue;
                }
            } else if (ch == '(') {
                open.append('(');
            } else if (ch == ')' && context == '(') {
                open.setLength(open.length() - 1);
            } else if (ch == ' ' && (asArguments ? open.isEmpty() : open.indexOf("'") < 0 && open.indexOf("\"") < 0)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            word.append(ch);
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Words grouped so that a break falls before an option: each option with the values that follow it. */
    private static List<String> groups(List<String> words) {
        List<String> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        for (String word : words) {
            if (!group.isEmpty() && word.startsWith("-") && !word.equals("-")) {
                groups.add(group.toString());
                group.setLength(0);
            }
            group.append(group.isEmpty() ? "" : " ").append(word);
        }
        groups.add(group.toString());
        return groups;
    }
}
