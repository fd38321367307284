package com.varsomics.archgen.diagrams;

import com.varsomics.archgen.BuildException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Maps the model's {@code aws.service} property values to official AWS icons in PlantUML's bundled
 * {@code awslib14} standard library, so diagrams show AWS icons without any network access.
 */
public final class AwsIconCatalog {

    /** Element property naming the AWS service (or AWS construct such as a subnet) an element is. */
    public static final String AWS_SERVICE_PROPERTY = "aws.service";

    private static final String RESOURCE = "/aws-icons.tsv";

    private final Map<String, AwsIcon> iconByService;

    AwsIconCatalog(Map<String, AwsIcon> iconByService) {
        this.iconByService = Collections.unmodifiableMap(new TreeMap<>(iconByService));
    }

    /** The catalog shipped with the build ({@code src/main/resources/aws-icons.tsv}). */
    public static AwsIconCatalog bundled() {
        try (InputStream in = AwsIconCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new BuildException("aws-icons.tsv is missing from the classpath; it belongs in src/main/resources.");
            }
            return parse(in, "src/main/resources/aws-icons.tsv");
        } catch (IOException e) {
            throw new BuildException("src/main/resources/aws-icons.tsv: cannot read (" + e.getMessage() + ")", e);
        }
    }

    static AwsIconCatalog parse(InputStream in, String displayName) throws IOException {
        Map<String, AwsIcon> icons = new TreeMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 3 || columns[0].isBlank() || !columns[1].matches("[A-Za-z0-9]+/[A-Za-z0-9]+")
                    || !columns[2].matches("#[0-9A-Fa-f]{6}")) {
                throw new BuildException(displayName + ":" + number
                        + ": expected '<aws.service value><TAB><Category>/<Icon><TAB>#RRGGBB', found: " + line);
            }
            if (icons.put(columns[0].strip(), new AwsIcon(columns[1].strip(), columns[2].strip())) != null) {
                throw new BuildException(displayName + ":" + number + ": '" + columns[0] + "' is listed twice; keep one line per service.");
            }
        }
        return new AwsIconCatalog(icons);
    }

    /** The icon for a value of the {@code aws.service} property. */
    public Optional<AwsIcon> icon(String awsService) {
        return Optional.ofNullable(iconByService.get(awsService));
    }

    public Map<String, AwsIcon> entries() {
        return iconByService;
    }
}
