package com.varsomics.archgen.provisioning;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static com.varsomics.archgen.provisioning.ExpectedValues.*;

/** Expected results of the guide's {@code aws} checks: CodeArtifact, CodeCommit and CodePipeline (packages and delivery stacks). */
final class DeliveryResults {

    private DeliveryResults() {
    }

    static List<String> codeArtifactRepository(AwsCommand c, Template t) {
        requireFields(c, List.of("repository.externalConnections"));
        JsonNode repository = byName(t, "AWS::CodeArtifact::Repository", "RepositoryName", c.option("repository"));
        List<String> connections = stream(repository.path("ExternalConnections")).map(JsonNode::asText).toList();
        if (connections.isEmpty()) {
            return List.of("esperado: []");
        }
        return List.of("esperado: " + jsonList(connections.stream().map(name -> "{\"externalConnectionName\": " + quote(name)
                + ", \"packageFormat\": " + quote(name.substring(name.indexOf(':') + 1)) + ", \"status\": \"Available\"}").toList()));
    }

    static List<String> codeArtifactEndpoint(AwsCommand c, Template t) {
        String repository = c.option("repository");
        byName(t, "AWS::CodeArtifact::Repository", "RepositoryName", repository);
        String domain = t.single("AWS::CodeArtifact::Domain").path("Properties").path("DomainName").asText();
        String format = c.option("format");
        return List.of("esperado: \"repositoryEndpoint\": \"https://" + domain + "-<conta>.d.codeartifact." + t.region()
                + ".amazonaws.com/" + format + "/" + repository + "/\"");
    }

    static List<String> codeCommitRepository(AwsCommand c, Template t) {
        JsonNode repository = byName(t, "AWS::CodeCommit::Repository", "RepositoryName", c.option("repository-name"));
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("repositoryName", () -> Value.json(quote(repository.path("RepositoryName").asText())));
        fields.put("kmsKeyId", () -> {
            String key = Template.target(repository.path("KmsKeyId"));
            String alias = t.ofType("AWS::KMS::Alias").stream().map(a -> a.getValue().path("Properties"))
                    .filter(p -> key != null && key.equals(Template.target(p.path("TargetKeyId"))))
                    .map(p -> p.path("AliasName").asText()).findFirst().orElse("(sem alias)");
            return Value.text("id da chave " + alias + " (não a chave gerenciada aws/codecommit)");
        });
        return fields(c, fields);
    }

    static List<String> pipeline(AwsCommand c, Template t) {
        JsonNode pipeline = properties(t, c.outputTarget(t));
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("pipeline.pipelineType", () -> Value.json(quote(pipeline.path("PipelineType").asText("V1"))));
        fields.put("pipeline.stages[].[name,actions[].actionTypeId.provider]", () -> Value.text(stream(pipeline.path("Stages"))
                .map(stage -> stage.path("Name").asText() + " (" + stream(stage.path("Actions"))
                        .map(a -> a.path("ActionTypeId").path("Provider").asText()).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(" → "))));
        return fields(c, fields);
    }
}
