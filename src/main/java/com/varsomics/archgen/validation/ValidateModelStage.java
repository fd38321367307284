package com.varsomics.archgen.validation;

import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.Stage;
import com.varsomics.archgen.diagrams.AwsIconCatalog;

/** Runs every model rule on the loaded model; all findings are listed at once. */
public final class ValidateModelStage implements Stage {

    public static final String NAME = "validate model";

    private final AwsIconCatalog icons;

    public ValidateModelStage(AwsIconCatalog icons) {
        this.icons = icons;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BuildContext context) {
        ModelValidator.standard(icons).validate(context.model());
    }
}
