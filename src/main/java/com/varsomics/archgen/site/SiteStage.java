package com.varsomics.archgen.site;

import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.Stage;

import java.util.Locale;

/** Writes the reviewers' site into {@code build/site} and link-checks it; it runs last, so it can link what the stages before it wrote. */
public final class SiteStage implements Stage {

    public static final String NAME = "render site";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BuildContext context) {
        ReviewersSite.Sources sources = ReviewersSite.Sources.of(context);
        ReviewersSite.Result site = new ReviewersSite(sources).render(context.siteDirectory());
        new SiteLinkChecker(context.siteDirectory(), context.projectDirectory().relativize(context.siteDirectory())).verify(site);
        System.out.printf(Locale.ROOT, "[archgen]   %d pages, %d files, %.1f MiB, links checked -> %s%n",
                site.pages().size(), site.files(), site.bytes() / 1048576.0, context.siteDirectory().resolve("index.html"));
        sources.companions().pending().forEach(companion -> System.out.printf(Locale.ROOT,
                "[archgen]   pending: %s (no stage of this build produced %s)%n", companion.label(), companion.producedBy().getSimpleName()));
    }
}
