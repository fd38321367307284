package com.varsomics.archgen.validation;

import com.varsomics.archgen.model.ModelElements;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import com.varsomics.archgen.model.ArchitectureModel;

import java.util.List;

/** An element marked as an AWS service must be drawn with that service's official icon, so the name must be known. */
public final class AwsIconRule implements Rule {

    static final String KEY = "model.element.awsIcon";

    private final AwsIconCatalog catalog;

    public AwsIconRule(AwsIconCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<Finding> check(ArchitectureModel model) {
        return ModelElements.sorted(model).stream()
                .filter(element -> element.getProperties().containsKey(AwsIconCatalog.AWS_SERVICE_PROPERTY))
                .filter(element -> catalog.icon(element.getProperties().get(AwsIconCatalog.AWS_SERVICE_PROPERTY)).isEmpty())
                .map(element -> new Finding(KEY, model.where(element),
                        model.name(element) + " has aws.service '"
                                + element.getProperties().get(AwsIconCatalog.AWS_SERVICE_PROPERTY)
                                + "', which has no icon mapping.",
                        "Use a name listed in src/main/resources/aws-icons.tsv or add a line there."))
                .toList();
    }
}
