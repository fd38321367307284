package com.varsomics.archgen.validation;

import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.model.ArchitectureModel;

import java.util.List;

/** One quality rule over the model. Each rule lives in its own class so its key, logic and fixture sit together. */
public interface Rule {

    List<Finding> check(ArchitectureModel model);
}
