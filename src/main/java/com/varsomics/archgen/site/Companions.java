package com.varsomics.archgen.site;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which {@link Companion}s this build produced, decided by the stages that ran, never by files lying in build/. */
public final class Companions {

    private final Set<Companion> available;

    public Companions(Set<Companion> available) {
        this.available = Set.copyOf(available);
    }

    public static Companions none() {
        return new Companions(Set.of());
    }

    /** The companions whose producing stage published its output type (among {@code published}) in this build. */
    public static Companions after(Set<Class<?>> published) {
        Set<Companion> available = new LinkedHashSet<>();
        for (Companion companion : Companion.ALL) {
            if (published.contains(companion.producedBy())) {
                available.add(companion);
            }
        }
        return new Companions(available);
    }

    public boolean has(Companion companion) {
        return available.contains(companion);
    }

    /** The companions still waiting for their stage, for the build log. */
    public List<Companion> pending() {
        return Companion.ALL.stream().filter(companion -> !has(companion)).toList();
    }
}
